import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import type { Actor } from "@/lib/auth/permissions";
import {
  CommentSettingsFormSchema,
  SiteSettingsFormSchema,
  defaultCommentSettings,
  defaultSiteSettings,
} from "@/lib/settings/schemas";
import {
  readSettingsForEditing,
  updateCommentSettings,
  updateSiteSettings,
} from "@/lib/settings/service";
import { type TestDatabase, createTestDatabase } from "@/tests/setup/database";
import { createUser, toActor } from "@/tests/factories/users";

let database: TestDatabase;
let admin: Actor;

beforeAll(async () => {
  database = await createTestDatabase(inject("pgAdminUrl"), inject("templateDatabase"));
  process.env.DATABASE_URL = database.url;
  admin = toActor(await createUser(database.db, { role: "ADMIN" }));
});

afterAll(async () => {
  await database.drop();
});

describe("site settings", () => {
  it("shows the defaults before anything is saved", async () => {
    expect(await readSettingsForEditing(admin)).toEqual({
      site: defaultSiteSettings,
      comments: defaultCommentSettings,
    });
  });

  it("saves what the form sent and audits which fields changed", async () => {
    const input = SiteSettingsFormSchema.parse({
      ...defaultSiteSettings,
      title: "  Free Viasna  ",
      timeZone: "Europe/Vilnius",
    });
    await updateSiteSettings(admin, input);
    const { site } = await readSettingsForEditing(admin);
    expect(site).toMatchObject({ title: "Free Viasna", timeZone: "Europe/Vilnius" });
    const entry = await database.db.auditLog.findFirstOrThrow({
      where: { action: "setting.update", targetId: "site" },
    });
    expect(entry.summary).toBe("Changed site settings: title, timeZone");
  });

  it("refuses an unknown time zone and an empty title with messages for those fields", () => {
    const result = SiteSettingsFormSchema.safeParse({
      ...defaultSiteSettings,
      title: " ",
      timeZone: "Mars/Olympus_Mons",
    });
    expect(result.success).toBe(false);
    const messages = Object.fromEntries(
      result.error!.issues.map((issue) => [issue.path.join("."), issue.message]),
    );
    expect(messages.timeZone).toMatch(/Unknown time zone/);
    expect(messages.title).toBe("Enter the site title.");
  });
});

describe("comment rules", () => {
  it("reads the form's checkboxes, numbers and word lists", () => {
    const parsed = CommentSettingsFormSchema.parse({
      requireApproval: "on",
      closeAfterDays: "30",
      maxDepth: "3",
      perPage: "20",
      maxLength: "2000",
      holdWords: "  free money\ncasino, casino\n\n",
      spamWords: "",
      ipRetentionDays: "14",
    });
    expect(parsed).toEqual({
      requireApproval: true,
      autoApproveKnown: false,
      staffAutoApprove: false,
      humanCheck: false,
      closeAfterDays: 30,
      maxDepth: 3,
      perPage: 20,
      maxLength: 2000,
      holdWords: ["free money", "casino"],
      spamWords: [],
      ipRetentionDays: 14,
    });
  });

  it("refuses numbers out of range", () => {
    const result = CommentSettingsFormSchema.safeParse({
      maxDepth: "0",
      perPage: "many",
      closeAfterDays: "-1",
      maxLength: "5000",
      ipRetentionDays: "30",
    });
    expect(result.success).toBe(false);
    expect(result.error!.issues.map((i) => i.path[0])).toEqual(
      expect.arrayContaining(["maxDepth", "perPage", "closeAfterDays"]),
    );
  });

  it("stores the rules under the key the comment code reads", async () => {
    const rules = { ...defaultCommentSettings, requireApproval: false, spamWords: ["casino"] };
    await updateCommentSettings(admin, rules);
    const row = await database.db.setting.findUniqueOrThrow({ where: { key: "comments" } });
    expect(row.value).toEqual(rules);
    expect((await readSettingsForEditing(admin)).comments).toEqual(rules);
  });

  it("a stored value with a broken field falls back to the default for that field only", async () => {
    await database.db.setting.update({
      where: { key: "comments" },
      data: { value: { ...defaultCommentSettings, maxDepth: "deep", perPage: 25 } },
    });
    const { comments } = await readSettingsForEditing(admin);
    expect(comments.maxDepth).toBe(defaultCommentSettings.maxDepth);
    expect(comments.perPage).toBe(25);
  });

  it("a site saved before it had languages keeps its one language and none of the demo's texts", async () => {
    await database.db.setting.upsert({
      where: { key: "site" },
      create: { key: "site", value: { title: "Free Nasta", tagline: "News", language: "ru" } },
      update: { value: { title: "Free Nasta", tagline: "News", language: "ru" } },
    });
    const { site } = await readSettingsForEditing(admin);
    expect(site.defaultLanguage).toBe("ru");
    expect(site.languages).toEqual(["ru"]);
    expect(site.translations).toEqual({});
    expect(site.title).toBe("Free Nasta");
  });
});
