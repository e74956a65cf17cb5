import "server-only";
import { ImageResponse } from "next/og";
import { CARD_FONT, loadCardFonts, toCardText } from "@/lib/og/fonts";
import { LOGO_SIZE, OG_IMAGE_SIZE } from "@/lib/urls";

const COLORS = { background: "#102a43", accent: "#f0b429", text: "#ffffff", muted: "#bcccdc" };
const TITLE_MAX = 220;

/** Long titles get smaller type so up to ~220 characters stay on the card, five lines at most. */
export function titleFontSize(length: number): number {
  if (length <= 40) return 72;
  if (length <= 70) return 62;
  if (length <= 110) return 54;
  if (length <= 160) return 46;
  return 44;
}

function clampText(text: string, max: number): string {
  if (text.length <= max) return text;
  const cut = text.slice(0, max - 1);
  const space = cut.lastIndexOf(" ");
  return `${space > max * 0.7 ? cut.slice(0, space) : cut}…`;
}

async function toPng(response: ImageResponse): Promise<Buffer> {
  return Buffer.from(await response.arrayBuffer());
}

/** A 1200x630 share card: site name, the title in large type, and the date. */
export async function renderCard({
  siteName,
  title,
  footer,
}: {
  siteName: string;
  title: string;
  footer: string;
}): Promise<Buffer> {
  const text = clampText(toCardText(title), TITLE_MAX);
  const fontSize = titleFontSize(text.length);
  const element = (
    <div
      style={{
        width: "100%",
        height: "100%",
        display: "flex",
        flexDirection: "column",
        justifyContent: "space-between",
        padding: "64px 72px",
        backgroundColor: COLORS.background,
        color: COLORS.text,
        fontFamily: CARD_FONT,
        borderTop: `16px solid ${COLORS.accent}`,
      }}
    >
      <div style={{ display: "flex", fontSize: 30, fontWeight: 700, color: COLORS.accent }}>
        {toCardText(siteName)}
      </div>
      <div
        style={{
          display: "block",
          fontSize,
          fontWeight: 700,
          lineHeight: 1.18,
          lineClamp: 5,
          overflow: "hidden",
        }}
      >
        {text}
      </div>
      <div style={{ display: "flex", fontSize: 28, color: COLORS.muted }}>{toCardText(footer)}</div>
    </div>
  );
  return toPng(new ImageResponse(element, { ...OG_IMAGE_SIZE, fonts: await loadCardFonts() }));
}

/** The site's initials ("Free Ales Bialiatski" -> "FAB"), what its icons show without a logo. */
function siteInitials(siteName: string): string {
  return (
    toCardText(siteName)
      .split(" ")
      .filter((word) => /^\p{L}/u.test(word))
      .slice(0, 3)
      .map((word) => word[0]?.toUpperCase())
      .join("") || "•"
  );
}

/**
 * A square logo with the site's initials: accent letters on navy for structured data, or white
 * on the accent colour (`background`) for the site's icons.
 */
export async function renderLogo(
  siteName: string,
  { background = COLORS.background, foreground = COLORS.accent, size = LOGO_SIZE } = {},
): Promise<Buffer> {
  const initials = siteInitials(siteName);
  const element = (
    <div
      style={{
        width: "100%",
        height: "100%",
        display: "flex",
        alignItems: "center",
        justifyContent: "center",
        backgroundColor: background,
        color: foreground,
        fontFamily: CARD_FONT,
        fontWeight: 700,
        fontSize: Math.round(size * (initials.length > 2 ? 0.32 : 0.42)),
      }}
    >
      {initials}
    </div>
  );
  return toPng(
    new ImageResponse(element, {
      width: size,
      height: size,
      fonts: await loadCardFonts(),
    }),
  );
}
