import { EnvError, parseEnv, type Env } from "@/lib/env";
import { MigrationError } from "@/lib/migrations/runner";
import {
  AlreadyRunningError,
  DatabaseUnreachableError,
  openDatabase,
} from "@/lib/runtime/database";
import { EmbeddedDatabaseError } from "@/lib/runtime/embedded-postgres";

const EXPECTED = [
  EnvError,
  MigrationError,
  AlreadyRunningError,
  DatabaseUnreachableError,
  EmbeddedDatabaseError,
];

export const cliLog = (line: string) => console.log(line);

/**
 * Runs a command-line task against the app's database (shared with a running server when there
 * is one), then stops what it started. Expected failures print one line and exit 1.
 */
export async function runWithDatabase(
  task: (url: string, env: Env) => Promise<void>,
): Promise<void> {
  let stop: (() => Promise<void>) | undefined;
  try {
    const env = parseEnv();
    const database = await openDatabase(env, cliLog, { share: true });
    stop = database.stop;
    await task(database.url, env);
  } catch (error) {
    if (EXPECTED.some((type) => error instanceof type)) console.error((error as Error).message);
    else console.error(error);
    process.exitCode = 1;
  } finally {
    await stop?.();
  }
}
