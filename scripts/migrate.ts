import { applyMigrations } from "@/lib/migrations/runner";
import { cliLog, runWithDatabase } from "@/lib/runtime/cli";
import { MIGRATIONS_DIR } from "@/lib/runtime/database";

await runWithDatabase(async (url) => {
  const applied = await applyMigrations(url, MIGRATIONS_DIR, cliLog);
  if (applied.length === 0) cliLog("The database is up to date; no migration to apply.");
});
