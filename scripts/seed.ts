import { createPrismaClient } from "@/lib/db";
import { applyMigrations } from "@/lib/migrations/runner";
import { cliLog, runWithDatabase } from "@/lib/runtime/cli";
import { MIGRATIONS_DIR } from "@/lib/runtime/database";
import { seedDemoContent } from "@/lib/seed/seed";

await runWithDatabase(async (url) => {
  await applyMigrations(url, MIGRATIONS_DIR, cliLog);
  const db = createPrismaClient(url);
  try {
    const created = await seedDemoContent(db);
    const total = Object.values(created).reduce((sum, count) => sum + count, 0);
    cliLog(
      total === 0
        ? "Demo content is already in place; nothing to add."
        : `Added demo content: ${created.articles} articles and pages, ${created.terms} terms, ${created.media} images, ${created.comments} comments, ${created.people} people, ${created.users} staff accounts.`,
    );
  } finally {
    await db.$disconnect();
  }
});
