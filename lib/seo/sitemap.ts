import { absoluteUrl } from "@/lib/urls";

/** The protocol's own limit per file; a test passes a smaller one. */
const SITEMAP_URL_LIMIT = 50_000;
export const SITEMAP_PATH = "/sitemap.xml";
export const SITEMAP_CONTENT_TYPE = "application/xml; charset=utf-8";

export type SitemapEntry = {
  path: string;
  lastModified: string | null;
  /** hreflang → absolute URL of every published version, this one included, plus x-default. */
  alternates?: Record<string, string>;
};

export type BuiltSitemap = { xml: string; lastModified: Date };

const XML_ESCAPES: Record<string, string> = {
  "&": "&amp;",
  "<": "&lt;",
  ">": "&gt;",
  '"': "&quot;",
  "'": "&apos;",
};

function escapeXml(value: string): string {
  return value.replace(/[&<>"']/g, (char) => XML_ESCAPES[char] ?? char);
}

function latest(entries: SitemapEntry[]): Date {
  const times = entries.map((entry) => (entry.lastModified ? Date.parse(entry.lastModified) : 0));
  return new Date(Math.floor(Math.max(0, ...times) / 1000) * 1000);
}

function lastmod(value: string | null): string {
  return value ? `<lastmod>${new Date(value).toISOString()}</lastmod>` : "";
}

/** The URL of one part of a split sitemap. */
function sitemapPartUrl(part: number): string {
  return `${absoluteUrl(SITEMAP_PATH)}?part=${part}`;
}

function alternateLinks(alternates: Record<string, string> | undefined): string {
  return Object.entries(alternates ?? {})
    .map(
      ([lang, href]) =>
        `<xhtml:link rel="alternate" hreflang="${escapeXml(lang)}" href="${escapeXml(href)}"/>`,
    )
    .join("");
}

function urlset(entries: SitemapEntry[]): string {
  const urls = entries.map(
    (entry) =>
      `<url><loc>${escapeXml(absoluteUrl(entry.path))}</loc>${lastmod(entry.lastModified)}${alternateLinks(entry.alternates)}</url>`,
  );
  return `<?xml version="1.0" encoding="UTF-8"?>\n<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9" xmlns:xhtml="http://www.w3.org/1999/xhtml">\n${urls.join("\n")}\n</urlset>\n`;
}

function sitemapIndex(parts: SitemapEntry[][]): string {
  const items = parts.map((chunk, index) => {
    const modified = latest(chunk);
    const when = modified.getTime() > 0 ? modified.toISOString() : null;
    return `<sitemap><loc>${escapeXml(sitemapPartUrl(index + 1))}</loc>${lastmod(when)}</sitemap>`;
  });
  return `<?xml version="1.0" encoding="UTF-8"?>\n<sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">\n${items.join("\n")}\n</sitemapindex>\n`;
}

/**
 * One urlset while everything fits in `limit` URLs; past it, a sitemap index (no `part`) whose
 * parts (`part` 1..n) hold `limit` URLs each. Null for a part that does not exist.
 */
export function buildSitemap(
  entries: SitemapEntry[],
  { part, limit = SITEMAP_URL_LIMIT }: { part?: number; limit?: number } = {},
): BuiltSitemap | null {
  const parts: SitemapEntry[][] = [];
  for (let start = 0; start < entries.length; start += limit) {
    parts.push(entries.slice(start, start + limit));
  }
  if (part === undefined) {
    return parts.length <= 1
      ? { xml: urlset(entries), lastModified: latest(entries) }
      : { xml: sitemapIndex(parts), lastModified: latest(entries) };
  }
  const chunk = parts.length > 1 ? parts[part - 1] : undefined;
  return chunk ? { xml: urlset(chunk), lastModified: latest(chunk) } : null;
}
