import "server-only";
import { readFile } from "node:fs/promises";
import path from "node:path";

type CardFont = { name: string; data: ArrayBuffer; weight: 400 | 700; style: "normal" };

const SUBSETS = ["latin", "latin-ext", "cyrillic", "cyrillic-ext"] as const;
const fontName = (subset: string) => `Noto Sans ${subset}`;
// The renderer keeps one font per name and weight, so each subset gets its own name and the card
// lists them all: a glyph missing from one is taken from the next.
export const CARD_FONT = SUBSETS.map((subset) => `"${fontName(subset)}"`).join(", ");
const WEIGHTS = [400, 700] as const;

let loading: Promise<CardFont[]> | undefined;

/**
 * Noto Sans from @fontsource (Latin and Cyrillic, regular and bold), read from disk at run time:
 * bundling them would pass ImageResponse's size limit, and fetching fonts is impossible offline.
 */
export function loadCardFonts(): Promise<CardFont[]> {
  loading ??= Promise.all(
    SUBSETS.flatMap((subset) =>
      WEIGHTS.map(async (weight) => {
        const file = path.join(
          process.cwd(),
          "node_modules/@fontsource/noto-sans/files",
          `noto-sans-${subset}-${weight}-normal.woff`,
        );
        const buffer = await readFile(file);
        const data = buffer.buffer.slice(buffer.byteOffset, buffer.byteOffset + buffer.byteLength);
        return {
          name: fontName(subset),
          data,
          weight,
          style: "normal" as const,
        };
      }),
    ),
  ).catch((error: unknown) => {
    loading = undefined;
    throw error;
  });
  return loading;
}

// Latin (with extensions), combining marks, Cyrillic (with extensions), punctuation, currency,
// letterlike symbols and arrows: what the bundled subsets cover.
const OUTSIDE_FONT =
  /[^\u0009\u000A\u0020-\u024F\u0300-\u036F\u0400-\u052F\u1E00-\u1EFF\u2000-\u206F\u20A0-\u20CF\u2100-\u214F\u2190-\u21FF\u2212]/gu;

/**
 * Text a card can draw with the bundled fonts alone. Anything else (emoji, other scripts) would
 * make the renderer fetch fonts or emoji images from the internet, so it is left out.
 */
export function toCardText(text: string): string {
  return text.replace(OUTSIDE_FONT, "").replace(/\s+/g, " ").trim();
}
