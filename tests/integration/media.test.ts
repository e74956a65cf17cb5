import { mkdtemp, readdir, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import sharp from "sharp";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import type { Actor } from "@/lib/auth/permissions";
import { deleteMedia, updateMediaDetails, uploadMedia } from "@/lib/media/service";
import { parseVariants } from "@/lib/media/schemas";
import { serveMedia } from "@/lib/media/serve";
import { type MediaStorage, createLocalStorage, isSafeKey } from "@/lib/media/storage";
import { type TestDatabase, createTestDatabase } from "@/tests/setup/database";
import { createArticle, createStaffOfEveryRole } from "@/tests/factories/articles";
import { makeImage } from "@/tests/factories/media";

let database: TestDatabase;
let staff: Record<"admin" | "editor" | "author" | "moderator", Actor>;
let root: string;
let storage: MediaStorage;
const details = { altText: "Vigil in Vilnius", credit: "Viasna" };
const MAX = 2 * 1024 * 1024;

beforeAll(async () => {
  database = await createTestDatabase(inject("pgAdminUrl"), inject("templateDatabase"));
  process.env.DATABASE_URL = database.url;
  staff = await createStaffOfEveryRole(database.db);
  root = await mkdtemp(path.join(tmpdir(), "media-test-"));
  storage = createLocalStorage(root);
});

afterAll(async () => {
  await database.drop();
  await rm(root, { recursive: true, force: true });
});

async function filesOnDisk(): Promise<string[]> {
  const entries = await readdir(root, { recursive: true, withFileTypes: true });
  return entries.filter((e) => e.isFile()).map((e) => e.name);
}

describe("uploading images", () => {
  it("stores a JPEG without EXIF or GPS, with WebP renditions never wider than the original", async () => {
    const jpeg = await makeImage("jpeg", 1200, 800, { withGps: true });
    expect((await sharp(jpeg).metadata()).exif).toBeDefined();

    const uploaded = await uploadMedia(staff.author, { name: "vigil.jpg", bytes: jpeg }, details, {
      storage,
      maxBytes: MAX,
    });

    const row = await database.db.media.findUniqueOrThrow({ where: { id: uploaded.id } });
    expect(row).toMatchObject({ mimeType: "image/jpeg", width: 1200, height: 800, ...details });
    const variants = parseVariants(row.variants);
    expect(variants.map((v) => [v.width, v.height])).toEqual([
      [480, 320],
      [960, 640],
    ]);
    const original = await storage.get(row.storageKey);
    const meta = await sharp(original!).metadata();
    expect(meta.exif).toBeUndefined();
    expect(original!.includes(Buffer.from("SecretCam"))).toBe(false);
    for (const variant of variants) {
      const bytes = await storage.get(variant.storageKey);
      expect((await sharp(bytes!).metadata()).format).toBe("webp");
      expect(bytes!.length).toBe(variant.byteSize);
    }
    expect(row.storageKey).toMatch(/^uploads\/\d{4}-\d{2}\/[0-9a-f]{24}\/original\.jpg$/);
  });

  it("accepts PNG, WebP and GIF by their bytes", async () => {
    for (const format of ["png", "webp", "gif"] as const) {
      const bytes = await makeImage(format, 300, 200);
      const uploaded = await uploadMedia(staff.editor, { name: `picture.txt`, bytes }, details, {
        storage,
        maxBytes: MAX,
      });
      const row = await database.db.media.findUniqueOrThrow({ where: { id: uploaded.id } });
      expect(row.mimeType).toBe(`image/${format}`);
      expect(parseVariants(row.variants)).toEqual([]);
    }
  });

  it("refuses a text file named .jpg, an SVG and an oversized file, storing nothing", async () => {
    const before = await filesOnDisk();
    const count = await database.db.media.count();
    const fake = uploadMedia(
      staff.editor,
      { name: "photo.jpg", bytes: Buffer.from("just some text, not an image") },
      details,
      { storage, maxBytes: MAX },
    );
    await expect(fake).rejects.toThrow(/not a JPEG, PNG, WebP or GIF/);
    const svg = Buffer.from('<svg xmlns="http://www.w3.org/2000/svg" width="10" height="10"/>');
    await expect(
      uploadMedia(staff.editor, { name: "a.png", bytes: svg }, details, { storage, maxBytes: MAX }),
    ).rejects.toThrow(/not a JPEG, PNG, WebP or GIF/);
    const big = await makeImage("png", 400, 400);
    await expect(
      uploadMedia(staff.editor, { name: "big.png", bytes: big }, details, {
        storage,
        maxBytes: big.length - 1,
      }),
    ).rejects.toThrow(/the limit is/);
    expect(await filesOnDisk()).toEqual(before);
    expect(await database.db.media.count()).toBe(count);
  });

  it("refuses moderators", async () => {
    const png = await makeImage("png", 10, 10);
    await expect(
      uploadMedia(staff.moderator, { name: "a.png", bytes: png }, details, { storage }),
    ).rejects.toMatchObject({ code: "FORBIDDEN" });
  });
});

describe("editing and deleting images", () => {
  it("lets an author edit their own upload's alt text but not someone else's", async () => {
    const png = await makeImage("png", 10, 10);
    const own = await uploadMedia(staff.author, { name: "a.png", bytes: png }, details, {
      storage,
    });
    const other = await uploadMedia(staff.editor, { name: "b.png", bytes: png }, details, {
      storage,
    });
    await updateMediaDetails(staff.author, own.id, { altText: "New alt", credit: "Me" });
    expect(await database.db.media.findUniqueOrThrow({ where: { id: own.id } })).toMatchObject({
      altText: "New alt",
      credit: "Me",
    });
    await expect(
      updateMediaDetails(staff.author, other.id, { altText: "x", credit: "" }),
    ).rejects.toMatchObject({ code: "FORBIDDEN" });
  });

  it("refuses to delete a cover image, then deletes it and its files once unused", async () => {
    const jpeg = await makeImage("jpeg", 1000, 500);
    const media = await uploadMedia(staff.editor, { name: "c.jpg", bytes: jpeg }, details, {
      storage,
    });
    const article = await createArticle(database.db, staff.editor.id, {
      title: "Uses the cover",
      coverImageId: media.id,
    });
    await expect(deleteMedia(staff.editor, media.id, { storage })).rejects.toThrow(
      /still used by "Uses the cover"/,
    );
    expect(await storage.get(media.storageKey)).not.toBeNull();

    await database.db.article.update({ where: { id: article.id }, data: { coverImageId: null } });
    await expect(deleteMedia(staff.author, media.id, { storage })).rejects.toMatchObject({
      code: "FORBIDDEN",
    });
    await deleteMedia(staff.editor, media.id, { storage });
    expect(await database.db.media.findUnique({ where: { id: media.id } })).toBeNull();
    expect(await storage.get(media.storageKey)).toBeNull();
  });
});

describe("serving files", () => {
  it("serves a stored image with its type, nosniff and an immutable cache", async () => {
    const png = await makeImage("png", 20, 20);
    const media = await uploadMedia(staff.editor, { name: "s.png", bytes: png }, details, {
      storage,
    });
    const response = await serveMedia(storage, media.storageKey.split("/"));
    expect(response.status).toBe(200);
    expect(response.headers.get("content-type")).toBe("image/png");
    expect(response.headers.get("x-content-type-options")).toBe("nosniff");
    expect(response.headers.get("cache-control")).toContain("immutable");
    expect(Buffer.from(await response.arrayBuffer())).toEqual(await storage.get(media.storageKey));
  });

  it("never serves a path outside the media folder", async () => {
    const attempts = [
      ["..", "..", "etc", "passwd"],
      ["uploads", "..", "..", "secret.png"],
      ["%2e%2e", "secret.png"],
      ["%252e%252e", "secret.png"],
      ["..%2fsecret.png"],
      ["/etc/passwd"],
      ["uploads\\..\\secret.png"],
      ["", "etc", "x.png"],
      [".hidden.png"],
    ];
    for (const segments of attempts) {
      const response = await serveMedia(storage, segments);
      expect(response.status, segments.join("/")).toBe(404);
    }
    for (const key of ["../x.png", "/abs.png", "a//b.png", "a/./b.png", "a/../b.png"]) {
      expect(isSafeKey(key), key).toBe(false);
    }
    await expect(storage.get("../outside.png")).rejects.toThrow(/Refused/);
  });
});
