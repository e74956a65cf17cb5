import { mkdtempSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { XMLValidator } from "fast-xml-parser";
import nodemailer from "nodemailer";
import Parser from "rss-parser";
import { afterAll, beforeAll, beforeEach, describe, expect, inject, it } from "vitest";
import type { Actor } from "@/lib/auth/permissions";
import { getCachedCommentsFeed, getCachedSiteFeed } from "@/lib/feeds/cached";
import type { FormState } from "@/lib/form-state";
import * as mail from "@/lib/mail";
import { runAsActor } from "@/lib/server-action";
import { updateMirrorSettingsAction } from "@/lib/settings/actions";
import { readMirrorSettingsForEditing, updateMirrorSettings } from "@/lib/settings/service";
import { createStaffOfEveryRole } from "@/tests/factories/articles";
import { createArticle, createAuthor, createComment } from "@/tests/factories/distribution";
import { LOCALES } from "@/tests/factories/locale";
import { makeOnionHost } from "@/tests/factories/onion";
import { expectForbidden } from "@/tests/factories/users";
import { type TestDatabase, createTestDatabase } from "@/tests/setup/database";
import { startMailServer, waitForMail } from "@/tests/setup/smtp";

process.env.AUTH_SECRET ??= "integration-test-secret-0123456789abcdef";

const ONION_HOST = makeOnionHost();
const ONION = `http://${ONION_HOST}`;
const NONE = { onionAddress: "", mirrors: [] };
let database: TestDatabase;
let staff: Record<"admin" | "editor" | "author" | "moderator", Actor>;

beforeAll(async () => {
  database = await createTestDatabase(inject("pgAdminUrl"), inject("templateDatabase"));
  process.env.DATABASE_URL = database.url;
  staff = await createStaffOfEveryRole(database.db);
});

afterAll(async () => {
  await database.drop();
});

type Action = (previous: FormState<never>, formData: FormData) => Promise<FormState<unknown>>;

/** Posts the form as the browser would, as `actor`. */
function post(actor: Actor | null, fields: { onionAddress?: string; mirrors?: string }) {
  const data = new FormData();
  for (const [key, value] of Object.entries(fields)) data.append(key, value);
  return runAsActor(actor, () => (updateMirrorSettingsAction as Action)({ ok: false }, data));
}

const fieldError = (result: FormState<unknown>, field: string) =>
  result.ok ? undefined : result.fieldErrors?.[field]?.join(" ");

/** The onion name with one character changed: the checksum no longer matches. */
function mistyped(host: string): string {
  const swap = host[10] === "a" ? "b" : "a";
  return `http://${host.slice(0, 10)}${swap}${host.slice(11)}`;
}

describe("the mirrors and onion address form", () => {
  beforeEach(async () => {
    await updateMirrorSettings(staff.admin, NONE);
  });

  it("saves a v3 onion address and the mirrors one per line, normalised and without repeats", async () => {
    const result = await post(staff.admin, {
      onionAddress: `  ${ONION.toUpperCase()}/  `,
      mirrors: [
        "https://Mirror.example.org",
        "",
        "https://mirror.example.org/",
        "  http://news.example.net/belarus?from=mirror#top \r",
        "https://mirror.example.org",
      ].join("\n"),
    });
    expect(result).toMatchObject({ ok: true });
    const mirrors = ["https://mirror.example.org/", "http://news.example.net/belarus?from=mirror"];
    expect(await readMirrorSettingsForEditing(staff.admin)).toEqual({
      onionAddress: ONION,
      mirrors,
    });
    // The form then shows what was stored.
    expect(result.values).toEqual({ onionAddress: ONION, mirrors: mirrors.join("\n") });
    const entry = await database.db.auditLog.findFirstOrThrow({
      where: { action: "setting.update", targetId: "mirrors" },
      orderBy: { createdAt: "desc" },
    });
    expect(entry.summary).toBe("Changed mirrors and onion address: onionAddress, mirrors");
    expect(entry.actorId).toBe(staff.admin.id);
  });

  it("accepts an https onion address and empty fields (nothing shown)", async () => {
    expect(await post(staff.admin, { onionAddress: `https://${ONION_HOST}` })).toMatchObject({
      ok: true,
    });
    expect((await readMirrorSettingsForEditing(staff.admin)).onionAddress).toBe(
      `https://${ONION_HOST}`,
    );
    expect(await post(staff.admin, { onionAddress: "", mirrors: " \n " })).toMatchObject({
      ok: true,
    });
    expect(await readMirrorSettingsForEditing(staff.admin)).toEqual(NONE);
  });

  it.each([
    ["words", "our onion site", /in full, starting with http:\/\/ or https:\/\//],
    ["another scheme", `ftp://${ONION_HOST}`, /in full, starting with http:\/\/ or https:\/\//],
    ["an ordinary domain", "https://example.org", /not an onion address/],
    ["an old 16-character name", "http://expyuzz4wqqyqhjn.onion", /56 letters.*16-character/],
    ["a mistyped name", mistyped(ONION_HOST), /typo/],
    ["a path after the name", `${ONION}/news`, /without a path/],
  ])("refuses %s as the onion address, keeping what was typed", async (_label, typed, message) => {
    const result = await post(staff.admin, {
      onionAddress: typed,
      mirrors: "https://ok.example.org",
    });
    expect(result).toMatchObject({
      ok: false,
      values: { onionAddress: typed, mirrors: "https://ok.example.org" },
    });
    expect(fieldError(result, "onionAddress")).toMatch(message);
    expect(await readMirrorSettingsForEditing(staff.admin)).toEqual(NONE);
  });

  it("refuses mirrors that are not full web addresses, naming them", async () => {
    const typed = "https://good.example.org\nmirror.example.org\njavascript:alert(1)\nhttps://host";
    const result = await post(staff.admin, { mirrors: typed });
    expect(result).toMatchObject({ ok: false, values: { mirrors: typed } });
    const error = fieldError(result, "mirrors");
    expect(error).toContain("“mirror.example.org” is not a full address");
    expect(error).toContain("“javascript:alert(1)”");
    expect(error).toContain("“https://host”");
    expect(error).not.toContain("good.example.org");
  });

  it("refuses more than 20 mirrors, counting repeats once", async () => {
    const twenty = Array.from({ length: 20 }, (_, i) => `https://m${i}.example.org`);
    const repeated = [...twenty, ...twenty].join("\n");
    expect(await post(staff.admin, { mirrors: repeated })).toMatchObject({ ok: true });
    const result = await post(staff.admin, { mirrors: `${repeated}\nhttps://m20.example.org` });
    expect(fieldError(result, "mirrors")).toMatch(/at most 20 mirror addresses/);
    expect((await readMirrorSettingsForEditing(staff.admin)).mirrors).toHaveLength(20);
  });

  it("is refused to everyone but administrators, on the server", async () => {
    const typed = { onionAddress: ONION, mirrors: "https://mirror.example.org" };
    const signedOut = await post(null, typed);
    expect(signedOut).toMatchObject({ ok: false, values: typed });
    expect(signedOut.ok ? "" : signedOut.formError).toMatch(/session has ended/);
    for (const actor of [staff.editor, staff.author, staff.moderator]) {
      const denied = await post(actor, typed);
      expect(denied).toMatchObject({ ok: false, values: typed });
      expect(denied.ok ? "" : denied.formError).toMatch(/permission/);
      await expectForbidden(updateMirrorSettings(actor, { onionAddress: ONION, mirrors: [] }));
    }
    expect(await readMirrorSettingsForEditing(staff.admin)).toEqual(NONE);
  });

  it("the service checks the addresses as the form does", async () => {
    await expect(
      updateMirrorSettings(staff.admin, { onionAddress: "http://example.onion", mirrors: [] }),
    ).rejects.toThrow(/56 letters/);
    await expect(
      updateMirrorSettings(staff.admin, { onionAddress: "", mirrors: ["ftp://files.example.org"] }),
    ).rejects.toThrow(/not a full address/);
  });
});

describe("feeds", () => {
  const parser = new Parser();

  beforeAll(async () => {
    const author = await createAuthor(database.db);
    const story = await createArticle(database.db, author.id, {
      title: "Viasna statement",
      excerpt: "The statement in short.",
      body: "<p>The statement.</p>",
    });
    const be = await createArticle(database.db, author.id, { title: "Заява Вясны" });
    await database.db.article.update({ where: { id: be.id }, data: { language: "be" } });
    await createComment(database.db, story.id, { authorName: "Reader" });
  });

  it("end each item with “Blocked? Read us here” and stay valid XML", async () => {
    await updateMirrorSettings(staff.admin, {
      onionAddress: ONION,
      mirrors: ["https://mirror.example.org/", "https://copy.example.net/news?a=1&b=2"],
    });
    for (const feed of [
      await getCachedSiteFeed(LOCALES.en),
      await getCachedCommentsFeed(LOCALES.en),
    ]) {
      expect(XMLValidator.validate(feed!.xml)).toBe(true);
      const parsed = await parser.parseString(feed!.xml);
      expect(parsed.items.length).toBeGreaterThan(0);
      for (const item of parsed.items) {
        const content = item["content:encoded"] as string;
        expect(content).toContain("<strong>Blocked? Read us here:</strong>");
        expect(content).toContain('<a href="https://mirror.example.org/">mirror.example.org</a>');
        expect(content).toContain('<a href="https://copy.example.net/news?a=1&amp;b=2">');
        expect(content).toContain(`In Tor Browser: <a href="${ONION}">${ONION}</a>`);
        // The description is HTML text: a reader shows "&amp;" as "&".
        expect(item.content).toContain(
          `Blocked? Read us here: Mirrors: https://mirror.example.org/ https://copy.example.net/news?a=1&amp;b=2 · In Tor Browser: ${ONION}`,
        );
      }
    }
    const site = await parser.parseString((await getCachedSiteFeed(LOCALES.en))!.xml);
    expect(site.items[0]!.content).toMatch(/^The statement in short\.\s+Blocked\?/);
  });

  it("speak the feed's language, and say nothing once both are cleared", async () => {
    await updateMirrorSettings(staff.admin, { onionAddress: ONION, mirrors: [] });
    const be = await parser.parseString((await getCachedSiteFeed(LOCALES.be))!.xml);
    expect(be.items).toHaveLength(1);
    expect(be.items[0]!["content:encoded"]).toContain(
      `<strong>Сайт заблакаваны? Чытайце нас тут:</strong> У Tor Browser: <a href="${ONION}">`,
    );
    expect(be.items[0]!["content:encoded"]).not.toContain("Люстэркі");

    await updateMirrorSettings(staff.admin, NONE);
    const xml = (await getCachedSiteFeed(LOCALES.en))!.xml;
    expect(xml).not.toContain("Blocked?");
    expect(xml).not.toContain(ONION_HOST);
  });
});

describe("emails", () => {
  let mailDir: string;
  let server: Awaited<ReturnType<typeof startMailServer>>;

  beforeAll(async () => {
    mailDir = mkdtempSync(path.join(os.tmpdir(), "mirrors-mail-"));
    server = await startMailServer(mailDir);
    mail.setMailTransport(nodemailer.createTransport(server.url));
  });

  afterAll(async () => {
    mail.setMailTransport(undefined);
    await server.stop();
    rmSync(mailDir, { recursive: true, force: true });
  });

  it("end with the mirrors and onion address in the message's language", async () => {
    await updateMirrorSettings(staff.admin, {
      onionAddress: ONION,
      mirrors: ["https://mirror.example.org/"],
    });
    expect(
      await mail.sendMail({
        to: "reader-ru@example.org",
        subject: "Подтвердите подпись",
        text: "Здравствуйте!",
        lang: "ru",
      }),
    ).toBe(true);
    const [ru] = await waitForMail(mailDir, "reader-ru@example.org", /Подтвердите/);
    expect(ru!.text?.trimEnd()).toBe(
      [
        "Здравствуйте!",
        "",
        "-- ",
        "Сайт заблокирован? Читайте нас здесь:",
        "https://mirror.example.org/",
        `В Tor Browser: ${ONION}`,
      ].join("\n"),
    );
  });

  it("carry no footer when the site has neither", async () => {
    await updateMirrorSettings(staff.admin, NONE);
    await mail.sendMail({ to: "reader-en@example.org", subject: "Hello", text: "Hi.", lang: "en" });
    const [en] = await waitForMail(mailDir, "reader-en@example.org", /Hello/);
    expect(en!.text?.trimEnd()).toBe("Hi.");
  });
});
