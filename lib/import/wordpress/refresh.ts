import { getDb } from "@/lib/db";

/** The setting row whose change tells every server that an import changed public content. */
export const IMPORT_FINISHED_KEY = "import.finishedAt";

/**
 * Records that an import finished writing. Imports run outside any request (a background job,
 * or the command line in another process), where pages cannot be revalidated; the tick route
 * of each running server sees the new value and refreshes every public page.
 */
export async function noteImportFinished(): Promise<void> {
  const value = new Date().toISOString();
  await getDb().setting.upsert({
    where: { key: IMPORT_FINISHED_KEY },
    create: { key: IMPORT_FINISHED_KEY, value },
    update: { value },
  });
}
