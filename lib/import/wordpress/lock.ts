import { LOCK_BUSY, withAdvisoryLock } from "@/lib/cluster/advisory-lock";

/** Another import (from the staff area or the command line) is running. */
export class ImportBusyError extends Error {
  constructor() {
    super(
      "Another WordPress import is running on this site; wait for it to finish, then try again.",
    );
    this.name = "ImportBusyError";
  }
}

// "wpimport" as a number: the key only this lock uses.
const IMPORT_LOCK_KEY = 0x7770696d706f7274n;

/**
 * One import at a time across every process on this database (the staff job on any instance and
 * the command line): a PostgreSQL session lock held for as long as the import runs.
 */
export async function withImportLock<T>(databaseUrl: string, task: () => Promise<T>): Promise<T> {
  const result = await withAdvisoryLock(databaseUrl, IMPORT_LOCK_KEY, task);
  if (result === LOCK_BUSY) throw new ImportBusyError();
  return result;
}
