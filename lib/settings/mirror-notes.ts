import type { Lang } from "@/lib/i18n/languages";
import { mirrorMessages } from "@/lib/i18n/messages/mirrors";
import { type MirrorSettings, readerAddresses } from "@/lib/settings/mirrors";

const HTML_ESCAPES: Record<string, string> = {
  "&": "&amp;",
  "<": "&lt;",
  ">": "&gt;",
  '"': "&quot;",
  "'": "&#39;",
};
const escapeHtml = (text: string) => text.replace(/[&<>"']/g, (char) => HTML_ESCAPES[char]!);

/**
 * "Blocked? Read us here" for a feed item, in `lang`: a sentence of plain text and a paragraph
 * of HTML naming the mirrors and the onion address; null when the site has neither.
 */
export function mirrorsFeedNote(
  settings: MirrorSettings,
  lang: Lang,
): { text: string; html: string } | null {
  const addresses = readerAddresses(settings);
  if (!addresses) return null;
  const t = mirrorMessages[lang];
  const { mirrors, onion } = addresses;
  const text = [
    mirrors.length ? `${t.mirrorsLine} ${mirrors.map((link) => link.href).join(" ")}` : "",
    onion ? `${t.onionLine} ${onion.href}` : "",
  ].filter(Boolean);
  const link = (href: string, label: string) =>
    `<a href="${escapeHtml(href)}">${escapeHtml(label)}</a>`;
  const html = [
    mirrors.length
      ? `${escapeHtml(t.mirrorsLine)} ${mirrors.map((m) => link(m.href, m.label)).join(", ")}.`
      : "",
    onion ? `${escapeHtml(t.onionLine)} ${link(onion.href, onion.href)}` : "",
  ].filter(Boolean);
  return {
    text: `${t.heading}: ${text.join(" · ")}`,
    html: `<p><strong>${escapeHtml(t.heading)}:</strong> ${html.join(" ")}</p>`,
  };
}

/**
 * "Blocked? Read us here" as the end of a plain-text email, in `lang`, after the usual "-- "
 * signature line; "" when the site has neither mirrors nor an onion address.
 */
export function mirrorsMailFooter(settings: MirrorSettings, lang: Lang): string {
  const addresses = readerAddresses(settings);
  if (!addresses) return "";
  const t = mirrorMessages[lang];
  return [
    "",
    "",
    "-- ",
    `${t.heading}:`,
    ...addresses.mirrors.map((link) => link.href),
    ...(addresses.onion ? [`${t.onionLine} ${addresses.onion.href}`] : []),
  ].join("\n");
}
