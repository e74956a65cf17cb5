import { mkdir, rm, writeFile } from "node:fs/promises";
import path from "node:path";
import sharp from "sharp";
import type { PrismaClient } from "@/lib/generated/prisma/client";
import { INVALIDATION_CHANNEL } from "@/lib/cluster/listener";

const FOLDER = "uploads/e2e-static-export";
const PERSON = "ales-bialiatski";
const WIDTHS = [480, 960, 1200];

/** Tells the server the people's pages changed, as another instance would (lib/cluster). */
async function refreshPeoplePages(db: PrismaClient) {
  const payload = JSON.stringify({ from: "e2e-static-export", tags: ["people"], searches: false });
  await db.$executeRaw`SELECT pg_notify(${INVALIDATION_CHANNEL}, ${payload})`;
}

/**
 * Gives the demo's first person an uploaded photo with renditions (the demo content has none),
 * so the mirror has an image with a srcset of several widths; `remove` puts the demo back.
 */
export async function givePersonAPhoto(db: PrismaClient, dataDir: string, baseUrl: string) {
  const files = await Promise.all(
    WIDTHS.map(async (width) => {
      const bytes = await sharp({
        create: { width, height: width, channels: 3, background: { r: 164, g: 22, b: 26 } },
      })
        .webp()
        .toBuffer();
      const storageKey = `${FOLDER}/w${width}.webp`;
      const file = path.join(dataDir, "media", storageKey);
      await mkdir(path.dirname(file), { recursive: true });
      await writeFile(file, bytes);
      return { width, height: width, storageKey, byteSize: bytes.length };
    }),
  );
  const original = files.at(-1)!;
  const media = await db.media.create({
    data: {
      storageKey: original.storageKey,
      originalName: "e2e-static-export.webp",
      mimeType: "image/webp",
      byteSize: original.byteSize,
      width: original.width,
      height: original.height,
      altText: "A red square",
      variants: files.slice(0, -1),
    },
  });
  const { photoId } = await db.person.findUniqueOrThrow({ where: { slug: PERSON } });
  await db.person.update({ where: { slug: PERSON }, data: { photoId: media.id } });
  await refreshPeoplePages(db);
  const deadline = Date.now() + 20_000;
  while (!(await (await fetch(`${baseUrl}/people/${PERSON}`)).text()).includes(FOLDER)) {
    if (Date.now() > deadline) throw new Error("the person's page did not show the new photo");
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  return {
    async remove() {
      await db.person.update({ where: { slug: PERSON }, data: { photoId } });
      await db.media.delete({ where: { id: media.id } });
      await rm(path.join(dataDir, "media", FOLDER), { recursive: true, force: true });
      await refreshPeoplePages(db);
    },
  };
}
