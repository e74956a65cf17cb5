import { getDb } from "@/lib/db";
import type { PrismaClient } from "@/lib/generated/prisma/client";

/** The setting row whose change tells every server that an import changed public content. */
export const IMPORT_FINISHED_KEY = "import.finishedAt";

/**
 * Records that an import finished writing. Imports run outside any request (a background job,
 * or the command line in another process), where pages cannot be revalidated; the tick route
 * of each running server sees the new value and refreshes every public page.
 */
export async function noteImportFinished(db: PrismaClient = getDb()): Promise<void> {
  const value = new Date().toISOString();
  await db.setting.upsert({
    where: { key: IMPORT_FINISHED_KEY },
    create: { key: IMPORT_FINISHED_KEY, value },
    update: { value },
  });
}

const SEEN_KEY = Symbol.for("campaign.importFinishedSeen");
type SeenGlobal = typeof globalThis & { [SEEN_KEY]?: string | null };
// Module state would be one copy per route bundle; the process has one globalThis.
const PROCESS_STARTED = Date.now() - process.uptime() * 1000;

/**
 * True when an import finished since this process last looked, so the tick route refreshes every
 * public page. On its first look a process counts only an import that finished after it started:
 * one that finished before was refreshed by the start itself.
 */
export async function hasImportFinishedSinceLastLook(db: PrismaClient = getDb()): Promise<boolean> {
  const row = await db.setting.findUnique({
    where: { key: IMPORT_FINISHED_KEY },
    select: { value: true },
  });
  const value = typeof row?.value === "string" ? row.value : null;
  const store = globalThis as SeenGlobal;
  const seen = store[SEEN_KEY];
  store[SEEN_KEY] = value;
  if (value === null || value === seen) return false;
  if (seen === undefined) return Date.parse(value) > PROCESS_STARTED;
  return true;
}
