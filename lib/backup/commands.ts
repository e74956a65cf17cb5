import path from "node:path";
import { npmFlag } from "@/lib/env";
import { createBackup } from "@/lib/backup/create";
import { defaultBackupPath, mediaDirOf } from "@/lib/backup/files";
import { BackupError } from "@/lib/backup/manifest";
import { restoreBackup } from "@/lib/backup/restore";
import type { Env } from "@/lib/env";

type Log = (line: string) => void;

const RESTORE_USAGE = "Usage: npm run restore -- <backup.tar.gz> [--force]";

const size = (bytes: number) =>
  bytes < 1024 * 1024 ? `${Math.ceil(bytes / 1024)} kB` : `${(bytes / 1024 / 1024).toFixed(1)} MB`;
const shown = (file: string) => {
  const relative = path.relative(process.cwd(), file);
  return relative.startsWith("..") || relative === "" ? file : relative;
};

/** `npm run backup [-- <file>]`: prints where the archive went and what it holds. */
export async function runBackupCommand(args: string[], url: string, env: Env, log: Log) {
  await reportErrors(async () => {
    const [output = defaultBackupPath(), ...rest] = args;
    if (rest.length > 0 || output.startsWith("-")) {
      throw new BackupError("Usage: npm run backup [-- <file.tar.gz>]");
    }
    const result = await createBackup({ databaseUrl: url, mediaDir: mediaDirOf(env), output });
    const rows = result.manifest.tables.reduce((sum, table) => sum + table.rows, 0);
    log(
      `Wrote ${shown(result.file)} (${size(result.bytes)} in ${(result.milliseconds / 1000).toFixed(1)} s): ${rows} rows in ${result.manifest.tables.length} tables, ${result.manifest.media.files} media files (${size(result.manifest.media.bytes)}).`,
    );
    if (env.MEDIA_STORAGE === "s3")
      log(
        `Media are in the S3 bucket ${env.S3_BUCKET ?? ""}, not in this archive: back the bucket up with the store's own tools (versioning, replication, or a sync to another bucket).`,
      );
  });
}

/** `npm run restore -- <file> [--force]`. */
export async function runRestoreCommand(
  args: string[],
  url: string,
  env: Env,
  log: Log,
  migrationsDir: string,
) {
  await reportErrors(async () => {
    // `npm run restore file --force` (without `--`) hands --force to npm, which exports it.
    const force = args.includes("--force") || npmFlag("force");
    const files = args.filter((arg) => arg !== "--force");
    const [archive] = files;
    if (!archive || files.length > 1 || archive.startsWith("-"))
      throw new BackupError(RESTORE_USAGE);
    const result = await restoreBackup({
      databaseUrl: url,
      mediaDir: mediaDirOf(env),
      archive,
      migrationsDir,
      force,
      log,
    });
    log(
      `Restored ${archive} (made ${result.manifest.createdAt}): ${result.rows} rows in ${result.manifest.tables.length} tables, ${result.manifest.media.files} media files, in ${(result.milliseconds / 1000).toFixed(1)} s.`,
    );
    log("If the site is running, restart it so its cached pages show the restored content.");
  });
}

async function reportErrors(task: () => Promise<void>) {
  try {
    await task();
  } catch (error) {
    if (!(error instanceof BackupError)) throw error;
    console.error(error.message);
    process.exitCode = 1;
  }
}
