import { z } from "zod";

export const BACKUP_FORMAT = "campaign-news-cms-backup";
export const BACKUP_VERSION = 1;

/** An expected failure of a backup or restore, printed as one line. */
export class BackupError extends Error {
  override name = "BackupError";
}

const ManifestSchema = z.object({
  format: z.literal(BACKUP_FORMAT),
  version: z.literal(BACKUP_VERSION),
  createdAt: z.iso.datetime(),
  migrations: z.array(z.object({ name: z.string(), checksum: z.string() })),
  tables: z.array(
    z.object({
      name: z.string().min(1),
      columns: z.array(z.object({ name: z.string(), type: z.string() })),
      rows: z.number().int().min(0),
    }),
  ),
  media: z.object({ files: z.number().int().min(0), bytes: z.number().int().min(0) }),
});

export type Manifest = z.infer<typeof ManifestSchema>;
export type Migration = Manifest["migrations"][number];

export function parseManifest(text: string): Manifest {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    throw new BackupError("The archive's manifest.json is not valid JSON; the file is damaged.");
  }
  const result = ManifestSchema.safeParse(json);
  if (!result.success) {
    throw new BackupError(
      `The archive's manifest.json is not a backup of this app (format ${BACKUP_FORMAT} version ${BACKUP_VERSION}).`,
    );
  }
  return result.data;
}

/** Null when both lists name the same migrations with the same checksums, in the same order. */
export function describeMigrationDifference(
  archive: Migration[],
  code: Migration[],
): string | null {
  const length = Math.max(archive.length, code.length);
  for (let index = 0; index < length; index++) {
    const a = archive[index];
    const c = code[index];
    if (a?.name === c?.name && a?.checksum === c?.checksum) continue;
    if (!c)
      return `the backup has migration ${a!.name}, which this code does not have (the backup is newer)`;
    if (!a)
      return `this code has migration ${c.name}, which the backup does not have (the backup is older)`;
    if (a.name !== c.name)
      return `the backup has migration ${a.name} where this code has ${c.name}`;
    return `migration ${a.name} differs between the backup and this code`;
  }
  return null;
}
