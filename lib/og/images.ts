import "server-only";
import { formatDate } from "@/lib/format";
import { cachedImage } from "@/lib/og/cache";
import { renderCard, renderLogo } from "@/lib/og/card";
import { renderCoverImage } from "@/lib/og/cover";
import { getIcon } from "@/lib/icons/images";
import { findShareImageArticle } from "@/lib/og/queries";
import { articleLang } from "@/lib/articles/view";
import { isLang } from "@/lib/i18n/languages";
import {
  articleImagePath,
  articleImageVersion,
  siteCardVersion,
  siteImageVersion,
} from "@/lib/urls";
import { type SiteSettings, siteTexts } from "@/lib/settings/schemas";

export type ShareImage =
  { kind: "png"; png: Buffer } | { kind: "moved"; path: string } | { kind: "missing" };

/**
 * An article's 1200x630 share image at `version`: its cover when it has one that can be read,
 * otherwise a card with the site name, title and date. An old version moves to the current one.
 */
export async function getArticleShareImage(
  id: string,
  version: string,
  settings: SiteSettings,
): Promise<ShareImage> {
  const article = await findShareImageArticle(id);
  if (!article) return { kind: "missing" };
  const current = articleImageVersion(article.updatedAt);
  if (version !== current) return { kind: "moved", path: articleImagePath(article) };

  const png = await cachedImage(`article-${article.id}`, current, async () => {
    if (article.coverImage) {
      try {
        return await renderCoverImage(article.coverImage);
      } catch (error) {
        console.error(`og: cover of article ${article.id} could not be rendered`, error);
      }
    }
    const date = article.publishedAt ?? new Date(article.updatedAt);
    const lang = articleLang(article.language);
    return renderCard({
      siteName: siteTexts(settings, lang).title,
      title: article.title,
      footer: formatDate(date, settings.timeZone, lang),
    });
  });
  return { kind: "png", png };
}

/** A language's site card (name and tagline); null for an outdated version or language. */
export async function getSiteShareImage(version: string, settings: SiteSettings) {
  const lang = version.split("-", 1)[0];
  if (!isLang(lang) || version !== siteCardVersion(settings, lang)) return null;
  const texts = siteTexts(settings, lang);
  return cachedImage(`site-${lang}`, version, () =>
    renderCard({ siteName: texts.title, title: texts.tagline || texts.title, footer: "" }),
  );
}

/** The publisher logo: the uploaded logo when there is one, else the initials. */
export async function getLogoImage(version: string, settings: SiteSettings) {
  if (version !== siteImageVersion(settings)) return null;
  if (settings.logoMediaId) return getIcon(settings, 512);
  return cachedImage("logo", version, () => renderLogo(settings.title));
}

/** `<version>.png` from the last URL segment. */
export function versionFromFile(file: string): string | null {
  const match = /^([A-Za-z0-9_-]{1,64})\.png$/.exec(file);
  return match?.[1] ?? null;
}

export function pngResponse(png: Buffer): Response {
  return new Response(new Uint8Array(png), {
    headers: {
      "Content-Type": "image/png",
      "Content-Length": String(png.byteLength),
      // The URL names the version, so the bytes behind it never change.
      "Cache-Control": "public, max-age=31536000, immutable",
    },
  });
}

export function notFoundResponse(): Response {
  return new Response("Not found", {
    status: 404,
    headers: { "Content-Type": "text/plain; charset=utf-8", "Cache-Control": "no-store" },
  });
}
