import sharp from "sharp";
import { BADGE_FRAME_SIZE } from "@/prisma/seed-data/badge";

const SIZE = BADGE_FRAME_SIZE;
const CENTRE = SIZE / 2;
/** The transparent circle the photo shows through. */
const HOLE = 430;
const ACCENT = "#a4161a";
const NAVY = "#14213d";
const FONT = 'font-family="DejaVu Sans, Noto Sans, sans-serif" font-weight="bold"';

const escapeXml = (text: string) =>
  text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");

/** How wide a letter is drawn, in pixels (librsvg has no text on a path, so letters are placed one by one). */
async function inkWidth(letter: string, size: number): Promise<number> {
  const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="${size * 2}" height="${size * 2}"><text x="${size / 2}" y="${size * 1.4}" ${FONT} font-size="${size}">${escapeXml(letter)}</text></svg>`;
  const { info } = await sharp(Buffer.from(svg))
    .flatten({ background: "#fff" })
    .trim()
    .toBuffer({ resolveWithObject: true });
  return info.width;
}

/** `text` around the top of a circle of `radius`, each letter turned to face outwards. */
async function textAroundTop(text: string, radius: number, size: number): Promise<string> {
  const letters = [...text];
  const gap = size / 6;
  const widths = await Promise.all(
    letters.map(async (letter) => (letter === " " ? size / 2.7 : inkWidth(letter, size))),
  );
  let along = -(widths.reduce((sum, width) => sum + width, 0) + gap * (letters.length - 1)) / 2;
  const placed: string[] = [];
  letters.forEach((letter, i) => {
    const width = widths[i] ?? 0;
    const degrees = (((along + width / 2) / radius) * 180) / Math.PI;
    if (letter !== " ") {
      placed.push(
        `<text x="${CENTRE}" y="${CENTRE - radius}" text-anchor="middle" transform="rotate(${degrees.toFixed(2)} ${CENTRE} ${CENTRE})">${escapeXml(letter)}</text>`,
      );
    }
    along += width + gap;
  });
  return placed.join("");
}

/**
 * A demo frame as a PNG with transparency: the photo shows through the circle in the middle; the
 * ring carries `ringText` and the band `hashtag`. Text needs a font with Cyrillic (DejaVu Sans).
 */
export async function renderDemoBadgeFrame(ringText: string, hashtag: string): Promise<Buffer> {
  const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="${SIZE}" height="${SIZE}" viewBox="0 0 ${SIZE} ${SIZE}">
  <defs>
    <mask id="hole"><rect width="${SIZE}" height="${SIZE}" fill="#fff"/><circle cx="${CENTRE}" cy="${CENTRE}" r="${HOLE}" fill="#000"/></mask>
  </defs>
  <g mask="url(#hole)">
    <rect width="${SIZE}" height="${SIZE}" fill="${ACCENT}"/>
    <circle cx="${CENTRE}" cy="${CENTRE}" r="${HOLE + 14}" fill="#fff"/>
  </g>
  <g ${FONT} font-size="54" fill="#fff">${await textAroundTop(ringText, 466, 54)}</g>
  <g transform="translate(${CENTRE} ${CENTRE + HOLE - 40})">
    <rect x="-250" y="-52" width="500" height="104" rx="52" fill="${NAVY}"/>
    <text y="22" ${FONT} font-size="62" fill="#fff" text-anchor="middle">${escapeXml(hashtag)}</text>
  </g>
</svg>`;
  return sharp(Buffer.from(svg)).png({ palette: true, compressionLevel: 9 }).toBuffer();
}
