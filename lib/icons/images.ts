import "server-only";
import { createHash } from "node:crypto";
import sharp from "sharp";
import { cachedQuery } from "@/lib/cache";
import { cacheTags } from "@/lib/cache-tags";
import { getDb } from "@/lib/db";
import { getMediaStorage } from "@/lib/media/storage";
import { cachedImage } from "@/lib/og/cache";
import { renderLogo } from "@/lib/og/card";
import type { SiteSettings } from "@/lib/settings/schemas";
import { iconPath } from "@/lib/urls";

/** The square sizes the site offers: tabs (16–48), home screens (180, 192) and splash (512). */
export const ICON_SIZES = [16, 32, 48, 180, 192, 512] as const;
export type IconSize = (typeof ICON_SIZES)[number];

type Logo = { storageKey: string };

const findLogo = cachedQuery(
  async (settings: SiteSettings): Promise<Logo | null> => {
    if (!settings.logoMediaId) return null;
    return getDb().media.findUnique({
      where: { id: settings.logoMediaId },
      select: { storageKey: true },
    });
  },
  "findSiteLogo",
  [cacheTags.settings, cacheTags.media],
);

/** Changes with the site name, the colour and the logo, so icon URLs can be cached forever. */
export async function iconVersion(settings: SiteSettings): Promise<string> {
  const logo = await findLogo(settings);
  return createHash("sha256")
    .update([settings.title, settings.accentColor, logo?.storageKey ?? ""].join("\n"))
    .digest("base64url")
    .slice(0, 12);
}

/** The 512-pixel source: the uploaded logo on white, or the site's initials on its colour. */
async function renderSource(settings: SiteSettings): Promise<Buffer> {
  const logo = await findLogo(settings);
  const bytes = logo ? await getMediaStorage().get(logo.storageKey) : null;
  if (bytes) {
    return sharp(bytes)
      .resize(512, 512, { fit: "contain", background: "#ffffff" })
      .flatten({ background: "#ffffff" })
      .png()
      .toBuffer();
  }
  return renderLogo(settings.title, {
    background: settings.accentColor,
    foreground: "#ffffff",
    size: 512,
  });
}

/** One square PNG icon, made once per version and kept on disk. */
export async function getIcon(settings: SiteSettings, size: IconSize): Promise<Buffer> {
  const version = await iconVersion(settings);
  return cachedImage(`icon-${size}`, version, async () => {
    const source = await cachedImage("icon-source", version, () => renderSource(settings));
    return sharp(source).resize(size, size).png({ compressionLevel: 9 }).toBuffer();
  });
}

/**
 * /favicon.ico: the 16, 32 and 48 pixel icons as PNG images inside an ICO container (every
 * browser since IE 11 reads PNG entries).
 */
export async function getFaviconIco(settings: SiteSettings): Promise<Buffer> {
  const images = await Promise.all(([16, 32, 48] as const).map((size) => getIcon(settings, size)));
  return icoOf(images.map((png, index) => ({ size: [16, 32, 48][index]!, png })));
}

function icoOf(images: { size: number; png: Buffer }[]): Buffer {
  const header = Buffer.alloc(6);
  header.writeUInt16LE(0, 0);
  header.writeUInt16LE(1, 2); // 1: icon
  header.writeUInt16LE(images.length, 4);
  const directory = Buffer.alloc(16 * images.length);
  let offset = header.length + directory.length;
  images.forEach(({ size, png }, index) => {
    const entry = index * 16;
    directory.writeUInt8(size >= 256 ? 0 : size, entry);
    directory.writeUInt8(size >= 256 ? 0 : size, entry + 1);
    directory.writeUInt8(0, entry + 2); // no palette
    directory.writeUInt8(0, entry + 3);
    directory.writeUInt16LE(1, entry + 4); // colour planes
    directory.writeUInt16LE(32, entry + 6); // bits per pixel
    directory.writeUInt32LE(png.length, entry + 8);
    directory.writeUInt32LE(offset, entry + 12);
    offset += png.length;
  });
  return Buffer.concat([header, directory, ...images.map((image) => image.png)]);
}

/** The web app manifest: name, colours and icons, for "Add to home screen". */
export async function webManifest(settings: SiteSettings) {
  const version = await iconVersion(settings);
  return {
    name: settings.title,
    short_name: settings.title.length > 20 ? settings.title.slice(0, 20).trimEnd() : settings.title,
    description: settings.tagline || settings.description,
    lang: settings.defaultLanguage,
    start_url: "/",
    scope: "/",
    display: "minimal-ui",
    theme_color: settings.accentColor,
    background_color: "#fbfaf7",
    icons: ([192, 512] as const).map((size) => ({
      src: iconPath(version, size),
      sizes: `${size}x${size}`,
      type: "image/png",
      purpose: "any",
    })),
  };
}
