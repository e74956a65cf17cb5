import { parseArgs } from "node:util";
import { createPrismaClient } from "@/lib/db";
import { ImportBusyError, NotWxrError, importWordPress } from "@/lib/import/wordpress/importer";
import { reportLines } from "@/lib/import/wordpress/report-text";
import { applyMigrations } from "@/lib/migrations/runner";
import { MIGRATIONS_DIR } from "@/lib/runtime/database";
import { cliLog, runWithDatabase } from "@/lib/runtime/cli";

const USAGE = `Usage: npm run import:wordpress -- <export.xml> [--uploads <folder>] [--dry-run] [--author <email>] [--no-fetch]
  --uploads   a copy of the old site's wp-content/uploads; files not in it are fetched from the old site
  --dry-run   report what would be created, updated and skipped, and write nothing
  --author    put every item under this existing user instead of creating an account per WordPress author
  --no-fetch  never fetch files from the old site`;

const { positionals, values } = parseArgs({
  allowPositionals: true,
  options: {
    uploads: { type: "string" },
    "dry-run": { type: "boolean" },
    author: { type: "string" },
    "no-fetch": { type: "boolean" },
    help: { type: "boolean", short: "h" },
  },
});

function progressBar(fraction: number, stage: string) {
  if (!process.stdout.isTTY) return;
  const width = 30;
  const done = Math.round(fraction * width);
  process.stdout.write(
    `\r[${"#".repeat(done)}${"-".repeat(width - done)}] ${String(Math.floor(fraction * 100)).padStart(3)}% ${stage.padEnd(30)}`,
  );
}

if (values.help || positionals.length !== 1) {
  console.log(USAGE);
  process.exitCode = values.help ? 0 : 1;
} else {
  await runWithDatabase(async (url) => {
    process.env.DATABASE_URL = url;
    // A fresh installation (or one a version behind) gets its tables first, as `npm start` does.
    await applyMigrations(url, MIGRATIONS_DIR, cliLog);
    const db = createPrismaClient(url);
    let lastLogged = -1;
    try {
      let authorId: string | undefined;
      if (values.author) {
        const user = await db.user.findUnique({
          where: { email: values.author.toLowerCase() },
          select: { id: true },
        });
        if (!user)
          throw new NotWxrError(
            `No user has the email ${values.author}; create one with \`npm run user -- create\`.`,
          );
        authorId = user.id;
      }
      const report = await importWordPress({
        file: positionals[0]!,
        uploadsDir: values.uploads,
        dryRun: values["dry-run"] ?? false,
        fetchMedia: !values["no-fetch"],
        authorId,
        db,
        databaseUrl: url,
        onProgress: ({ fraction, stage }) => {
          progressBar(fraction, stage);
          const tenth = Math.floor(fraction * 10);
          if (!process.stdout.isTTY && tenth !== lastLogged) {
            lastLogged = tenth;
            cliLog(`${tenth * 10}% ${stage}`);
          }
        },
      });
      if (process.stdout.isTTY) process.stdout.write("\n");
      for (const line of reportLines(report)) cliLog(line);
    } catch (error) {
      if (process.stdout.isTTY) process.stdout.write("\n");
      if (error instanceof NotWxrError || error instanceof ImportBusyError) {
        console.error(error.message);
        process.exitCode = 1;
      } else throw error;
    } finally {
      await db.$disconnect();
    }
  });
}
