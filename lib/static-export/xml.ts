import type { UrlRewrite } from "@/lib/static-export/css";
import { rewriteHtmlFragment } from "@/lib/static-export/html-links";
import type { SiteOrigins } from "@/lib/static-export/addresses";

const CDATA = /<!\[CDATA\[([\s\S]*?)\]\]>/g;
/** An entity that ends an address written inside escaped markup (href=&quot;…&quot;). */
const ENDING_ENTITY = /&(?:quot|lt|gt|apos|#x?[0-9a-f]+);/i;

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}

/** Rewrites each absolute address of the site in XML text (elements, attributes, escaped HTML). */
function rewriteAbsolute(text: string, origins: SiteOrigins, rewrite: UrlRewrite): string {
  if (origins.size === 0) return text;
  const pattern = new RegExp(
    `(?:${[...origins].map(escapeRegExp).join("|")})(?![\\w.:-])[^\\s"'<>]*`,
    "g",
  );
  return text.replace(pattern, (match) => {
    const end = ENDING_ENTITY.exec(match)?.index ?? match.length;
    const address = match.slice(0, end).replace(/&amp;/g, "&");
    const next = rewrite(address);
    if (next === undefined || next === null) return match;
    return next.replace(/&/g, "&amp;") + match.slice(end);
  });
}

/**
 * A feed or sitemap with the site's addresses rewritten: absolute ones anywhere (<link>, <guid>,
 * <loc>, atom:link, category domains), and inside CDATA sections, which hold an item's HTML, every
 * address of its links and images, root-relative ones too. An address the mirror lacks is left.
 */
export function rewriteXml(xml: string, origins: SiteOrigins, rewrite: UrlRewrite): string {
  let out = "";
  let last = 0;
  for (const match of xml.matchAll(CDATA)) {
    out += rewriteAbsolute(xml.slice(last, match.index), origins, rewrite);
    const html = rewriteHtmlFragment(match[1] ?? "", rewrite);
    // A CDATA section cannot hold its own end: split it as the feed builder does.
    out += `<![CDATA[${html.replaceAll("]]>", "]]]]><![CDATA[>")}]]>`;
    last = match.index + match[0].length;
  }
  return out + rewriteAbsolute(xml.slice(last), origins, rewrite);
}

/** Every address of the site an XML text names (and every link inside its CDATA HTML). */
export function xmlUrls(xml: string, origins: SiteOrigins): string[] {
  const urls: string[] = [];
  rewriteXml(xml, origins, (url) => {
    urls.push(url);
    return undefined;
  });
  return urls;
}
