import { mkdtemp, readFile, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import sharp from "sharp";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import type { Actor } from "@/lib/auth/permissions";
import { saveBadgeAction } from "@/lib/badge/actions";
import { frameProblem } from "@/lib/badge/frame-check";
import { getBadgeFor } from "@/lib/badge/queries";
import { initialFormState } from "@/lib/form-state";
import { uploadMedia } from "@/lib/media/service";
import { seedBadgeFrames } from "@/lib/seed/badge";
import { runAsActor } from "@/lib/server-action";
import { seedBadge } from "@/prisma/seed-data/badge";
import { createStaffOfEveryRole } from "@/tests/factories/articles";
import { LOCALES } from "@/tests/factories/locale";
import { makeImage } from "@/tests/factories/media";
import { type TestDatabase, createTestDatabase } from "@/tests/setup/database";

let database: TestDatabase;
let staff: Record<"admin" | "editor" | "author" | "moderator", Actor>;
let mediaDir: string;

beforeAll(async () => {
  database = await createTestDatabase(inject("pgAdminUrl"), inject("templateDatabase"));
  process.env.DATABASE_URL = database.url;
  // Uploads go to a folder of this file's own (read when the first upload asks for storage).
  mediaDir = await mkdtemp(path.join(tmpdir(), "badge-media-"));
  process.env.MEDIA_DIR = mediaDir;
  staff = await createStaffOfEveryRole(database.db);
});

afterAll(async () => {
  await database.drop();
  await rm(mediaDir, { recursive: true, force: true });
});

/** A frame: an opaque square with a transparent circle in the middle (RGBA PNG). */
async function makeFrame(size: number): Promise<Buffer> {
  const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="${size}" height="${size}">
    <mask id="m"><rect width="${size}" height="${size}" fill="#fff"/><circle cx="${size / 2}" cy="${size / 2}" r="${size / 3}" fill="#000"/></mask>
    <rect width="${size}" height="${size}" fill="#a4161a" mask="url(#m)"/></svg>`;
  return sharp(Buffer.from(svg)).png().toBuffer();
}

async function opaqueRgbaPng(size: number): Promise<Buffer> {
  return sharp({
    create: { width: size, height: size, channels: 4, background: { r: 9, g: 9, b: 9, alpha: 1 } },
  })
    .png()
    .toBuffer();
}

function form(
  fields: Record<string, string>,
  files: Record<string, [string, Buffer, string]> = {},
) {
  const data = new FormData();
  for (const [key, value] of Object.entries(fields)) data.append(key, value);
  for (const [key, [name, bytes, type]] of Object.entries(files)) {
    data.append(key, new File([new Uint8Array(bytes)], name, { type }));
  }
  return data;
}

const save = (actor: Actor, data: FormData) =>
  runAsActor(actor, () => saveBadgeAction(initialFormState, data));

const stored = async () =>
  (await database.db.setting.findUnique({ where: { key: "badge" } }))?.value ?? null;
const badgeAudits = () =>
  database.db.auditLog.count({ where: { action: "setting.update", targetId: "badge" } });

describe("the picture badge in the staff area", () => {
  it("is refused to an author and an editor: nothing stored, nothing logged", async () => {
    const frame = await makeFrame(600);
    for (const actor of [staff.author, staff.editor]) {
      const state = await save(
        actor,
        form({ hashtag: "#FreeAles" }, { "upload.en": ["frame.png", frame, "image/png"] }),
      );
      expect(state.ok).toBe(false);
      expect(!state.ok && state.formError).toBe("You do not have permission to do that.");
    }
    expect(await stored()).toBeNull();
    expect(await badgeAudits()).toBe(0);
    expect(await database.db.media.count()).toBe(0);
  });

  it("refuses a file that is not a PNG, a PNG without transparency and a small one, under their fields", async () => {
    const cases: [string, Buffer, string, RegExp][] = [
      ["photo.png", await makeImage("jpeg", 800, 800), "image/png", /not a PNG/],
      ["flat.png", await makeImage("png", 800, 800), "image/png", /no transparency/],
      ["opaque.png", await opaqueRgbaPng(800), "image/png", /opaque/],
      [
        "tiny.png",
        await makeFrame(300),
        "image/png",
        /300 × 300 pixels; a frame needs at least 400 × 400/,
      ],
    ];
    for (const [name, bytes, type, message] of cases) {
      const state = await save(
        staff.admin,
        form(
          { hashtag: "#FreeAles", "frame.en": "", "frame.be": "" },
          { "upload.be": [name, bytes, type] },
        ),
      );
      expect(state.ok, name).toBe(false);
      if (state.ok) continue;
      expect(state.fieldErrors?.["upload.be"]?.[0], name).toMatch(message);
      expect(state.formError, name).toMatch(/nothing was saved/);
      // What was chosen and typed is still in the form.
      expect(state.values?.hashtag).toBe("#FreeAles");
      expect(state.values?.["frame.en"]).toBe("");
    }
    expect(await stored()).toBeNull();
    expect(await badgeAudits()).toBe(0);
    expect(await database.db.media.count(), "a refused file is not added to the library").toBe(0);
  });

  it("refuses a library image that is no frame (a JPEG) under the list's field", async () => {
    const jpeg = await uploadMedia(
      staff.admin,
      { name: "vigil.jpg", bytes: await makeImage("jpeg", 900, 900) },
      { altText: "Vigil", credit: "" },
    );
    const state = await save(staff.admin, form({ hashtag: "", "frame.ru": jpeg.id }));
    expect(!state.ok && state.fieldErrors?.["frame.ru"]?.[0]).toMatch(/not a PNG/);
    expect(await stored()).toBeNull();
  });

  it("saves an admin's frames (a new upload and a library PNG), normalises the hashtag and logs it", async () => {
    const library = await uploadMedia(
      staff.admin,
      { name: "ramka.png", bytes: await makeFrame(500) },
      { altText: "", credit: "" },
    );
    const state = await save(
      staff.admin,
      form(
        { hashtag: "FreeAles", "frame.en": "", "frame.be": library.id, "frame.ru": "" },
        { "upload.en": ["free-ales.png", await makeFrame(1080), "image/png"] },
      ),
    );
    expect(state.ok).toBe(true);
    const value = (await stored()) as { frames: Record<string, string>; hashtag: string };
    expect(value.hashtag).toBe("#FreeAles");
    expect(value.frames.be).toBe(library.id);
    expect(Object.keys(value.frames).sort()).toEqual(["be", "en"]);
    const uploaded = await database.db.media.findUniqueOrThrow({ where: { id: value.frames.en } });
    expect(uploaded).toMatchObject({ mimeType: "image/png", width: 1080, height: 1080 });
    expect(uploaded.originalName).toBe("free-ales.png");
    // The library keeps the frame with its transparency.
    const file = await readFile(path.join(mediaDir, uploaded.storageKey));
    expect(await frameProblem(file)).toBeNull();

    const audit = await database.db.auditLog.findFirstOrThrow({
      where: { action: "setting.update", targetId: "badge" },
    });
    expect(audit.actorId).toBe(staff.admin.id);
    expect(audit.summary).toBe("Changed the picture badge: en, be, hashtag");

    // Russian pages have no frame of their own: they show the default language's.
    const ru = await getBadgeFor(LOCALES.ru);
    expect(ru.hashtag).toBe("#FreeAles");
    expect(ru.frame).toMatchObject({ lang: "en", width: 1080, height: 1080 });
    expect(ru.frame?.src).toBe(`/media/${uploaded.storageKey}`);
    expect((await getBadgeFor(LOCALES.be)).frame).toMatchObject({ lang: "be", width: 500 });
  });

  it("a refused frame leaves the saved badge as it was", async () => {
    const before = await stored();
    const state = await save(
      staff.admin,
      form(
        { hashtag: "#Other", "frame.be": "" },
        { "upload.ru": ["x.png", await makeFrame(200), "image/png"] },
      ),
    );
    expect(!state.ok && state.fieldErrors?.["upload.ru"]).toBeTruthy();
    expect(await stored()).toEqual(before);
  });

  it("removes a language's frame when staff choose none", async () => {
    const state = await save(staff.admin, form({ hashtag: "#FreeAles", "frame.be": "" }));
    expect(state.ok).toBe(true);
    const value = (await stored()) as { frames: Record<string, string> };
    expect(Object.keys(value.frames)).toEqual(["en"]);
    expect((await getBadgeFor(LOCALES.be)).frame?.lang).toBe("en");
  });
});

describe("the demo's badge frames", () => {
  it("are PNG frames the staff check accepts, 1080 px square", async () => {
    for (const frame of Object.values(seedBadge.frames)) {
      const bytes = await readFile(path.join(process.cwd(), "public", frame.file));
      expect(await frameProblem(bytes), frame.file).toBeNull();
      expect(await sharp(bytes).metadata(), frame.file).toMatchObject({
        width: 1080,
        height: 1080,
      });
    }
  });

  it("are seeded once into the library and the badge, never over what staff saved", async () => {
    const saved = await stored();
    await database.db.$transaction((tx) => seedBadgeFrames(tx));
    expect(await stored(), "the staff's badge stays").toEqual(saved);
    await database.db.setting.delete({ where: { key: "badge" } });
    await database.db.$transaction((tx) => seedBadgeFrames(tx));
    const demo = await database.db.media.count({ where: { storageKey: { startsWith: "demo/" } } });
    await database.db.$transaction((tx) => seedBadgeFrames(tx));
    expect(await database.db.media.count({ where: { storageKey: { startsWith: "demo/" } } })).toBe(
      demo,
    );
    expect(demo).toBe(3);
    const be = await getBadgeFor(LOCALES.be);
    expect(be).toEqual({
      hashtag: "#FreeAles",
      frame: { src: "/demo/badge-frame-be.png", width: 1080, height: 1080, lang: "be" },
    });
    // A demo frame (in public/, not in storage) passes the staff check when chosen again.
    const state = await save(
      staff.admin,
      form({
        hashtag: "#FreeAles",
        "frame.ru": ((await stored()) as { frames: { ru: string } }).frames.ru,
      }),
    );
    expect(state.ok).toBe(true);
  });
});
