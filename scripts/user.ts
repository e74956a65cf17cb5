import { parseArgs } from "node:util";
import { createPrismaClient } from "@/lib/db";
import { cliLog, runWithDatabase } from "@/lib/runtime/cli";
import {
  ShellUsageError,
  createUserFromShell,
  listUsersForShell,
  resetPasswordFromShell,
  resetTwoFactorFromShell,
} from "@/lib/users/shell";

const USAGE = `Usage:
  npm run user -- create --email you@example.org [--role ADMIN|EDITOR|AUTHOR|MODERATOR] [--name "…"] [--password "…"]
  npm run user -- reset-password --email you@example.org [--password "…"]
  npm run user -- reset-two-factor --email you@example.org
  npm run user -- list
Without --password, a password is generated and printed once.`;

const { positionals, values } = parseArgs({
  allowPositionals: true,
  options: {
    email: { type: "string" },
    role: { type: "string" },
    name: { type: "string" },
    password: { type: "string" },
    help: { type: "boolean", short: "h" },
  },
});
const command = positionals[0];

if (
  values.help ||
  !["create", "reset-password", "reset-two-factor", "list"].includes(command ?? "")
) {
  console.log(USAGE);
  process.exitCode = values.help ? 0 : 1;
} else {
  await runWithDatabase(async (url) => {
    const db = createPrismaClient(url);
    try {
      if (command === "list") {
        for (const user of await listUsersForShell(db)) {
          cliLog(
            `${user.email}\t${user.role}\t${user.isActive ? "active" : "deactivated"}\t${user.name}`,
          );
        }
        return;
      }
      if (command === "reset-two-factor") {
        const { email } = await resetTwoFactorFromShell(db, values);
        cliLog(`Removed the second factors of ${email}; its sessions have ended.`);
        return;
      }
      const result =
        command === "create"
          ? await createUserFromShell(db, values)
          : await resetPasswordFromShell(db, values);
      cliLog(
        command === "create"
          ? `Created the account ${result.email}.`
          : `Reset the password of ${result.email}; its sessions have ended.`,
      );
      if (result.generatedPassword) {
        cliLog(`Password (shown only this once): ${result.generatedPassword}`);
      }
    } catch (error) {
      if (!(error instanceof ShellUsageError)) throw error;
      console.error(error.message);
      process.exitCode = 1;
    } finally {
      await db.$disconnect();
    }
  });
}
