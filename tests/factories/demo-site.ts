import { afterAll, beforeAll, inject } from "vitest";
import type { Actor } from "@/lib/auth/permissions";
import { seedDemoContent } from "@/lib/seed/seed";
import { rebuildSearchLexicon } from "@/lib/search/lexicon";
import { createStaffOfEveryRole } from "@/tests/factories/articles";
import { type TestDatabase, createTestDatabase } from "@/tests/setup/database";

export type DemoSite = {
  database: TestDatabase;
  staff: Record<"admin" | "editor" | "author" | "moderator", Actor>;
};

/**
 * A database of its own for one test file, holding the demo site in its three languages, a staff
 * member of every role and a built search lexicon; dropped after the file's tests.
 */
export function demoSiteDatabase(): DemoSite {
  const site = {} as DemoSite;
  beforeAll(async () => {
    site.database = await createTestDatabase(inject("pgAdminUrl"), inject("templateDatabase"));
    process.env.DATABASE_URL = site.database.url;
    await seedDemoContent(site.database.db);
    site.staff = await createStaffOfEveryRole(site.database.db);
    await rebuildSearchLexicon(site.database.db);
  });
  afterAll(async () => {
    await site.database.drop();
  });
  return site;
}

/** The slugs of a list, in order. */
export const slugsOf = (items: { slug: string }[]) => items.map((item) => item.slug);
