import "server-only";
import { getSiteUrl } from "@/lib/env";
import { FieldError } from "@/lib/errors";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { ArticleKind, Taxonomy } from "@/lib/generated/prisma/enums";
import { DEFAULT_LANGUAGE_SEGMENT, type Lang, isLang } from "@/lib/i18n/languages";
import { splitLanguagePrefix } from "@/lib/i18n/locale";
import { staffMessages } from "@/lib/i18n/messages/staff";
import { safeSitePath } from "@/lib/redirects/targets";
import { articlePath, termPath } from "@/lib/urls";

type Tx = Prisma.TransactionClient;

/** What a redirect is stored as leading to: content it follows, or a fixed path on this site. */
type RedirectLink =
  | { articleId: string; termId: null; toPath: "" }
  | { articleId: null; termId: string; toPath: "" }
  | { articleId: null; termId: null; toPath: string };

/** The link to store, and the address it leads to now (for the loop checks). */
export type ResolvedTarget = { link: RedirectLink; path: string };

const TAXONOMIES: Record<string, Taxonomy> = {
  category: "CATEGORY",
  tag: "TAG",
  region: "REGION",
};
/** One-segment reading pages that are not background pages: kept as plain paths. */
const OWN_TOP = new Set(["badge", "search", "people", "people.json", "petitions", "feed.xml"]);

const errors = () => staffMessages().redirects.errors;
const refuse = (message: string) => new FieldError("target", message);

function decodeSegment(segment: string): string {
  try {
    return decodeURIComponent(segment);
  } catch {
    return segment;
  }
}

/**
 * The typed new address as a path on this site (a full address must be this site's own); an
 * address on another site is refused: no redirect may lead away (an open redirect).
 */
export function toSitePath(raw: string): string {
  let text = raw.trim();
  if (/^[a-z][a-z\d+.-]*:/i.test(text) || text.startsWith("//")) {
    let url: URL;
    try {
      url = new URL(text);
    } catch {
      throw refuse(errors().otherSite);
    }
    if (url.origin !== new URL(getSiteUrl()).origin) throw refuse(errors().otherSite);
    text = `${url.pathname}${url.search}`;
  }
  if (!text.startsWith("/")) text = `/${text}`;
  const path = safeSitePath(text);
  if (!path) throw refuse(errors().otherSite);
  return path;
}

async function findArticle(tx: Tx, kind: ArticleKind, slug: string, lang: Lang, path: string) {
  const article = await tx.article.findFirst({
    where: {
      kind,
      language: lang,
      slug: { equals: slug, mode: "insensitive" },
      status: { not: "TRASH" },
    },
    select: { id: true, kind: true, slug: true, language: true },
  });
  if (!article) throw refuse(errors().noArticle(path));
  return article;
}

/**
 * What a new address (from toSitePath) names. An article's or page's address links the redirect
 * to that article, and a category, tag or region archive in the default language to the term, so
 * the redirect follows a later change of address; any other path on this site is kept as it is.
 */
export async function resolveSitePath(
  tx: Tx,
  path: string,
  site: { defaultLanguage: Lang },
): Promise<ResolvedTarget> {
  const pathname = path.split("?", 1)[0]!;
  const { segment, rest } = splitLanguagePrefix(pathname);
  const lang = segment === DEFAULT_LANGUAGE_SEGMENT || !isLang(segment) ? null : segment;
  const language = { lang: lang ?? site.defaultLanguage, defaultLang: site.defaultLanguage };
  const parts = rest.split("/").slice(1).map(decodeSegment);

  const articleKind: ArticleKind | null =
    parts.length === 2 && parts[0] === "news"
      ? "POST"
      : parts.length === 1 && parts[0] && !OWN_TOP.has(parts[0])
        ? "PAGE"
        : null;
  if (articleKind) {
    const slug = parts[articleKind === "POST" ? 1 : 0]!;
    const article = await findArticle(tx, articleKind, slug, language.lang, pathname);
    return {
      link: { articleId: article.id, termId: null, toPath: "" },
      path: articlePath(article.kind, article.slug, language),
    };
  }
  const taxonomy = parts.length === 2 ? TAXONOMIES[parts[0]!] : undefined;
  if (taxonomy && !lang) {
    const term = await tx.term.findFirst({
      where: { taxonomy, slug: { equals: parts[1]!, mode: "insensitive" } },
      select: { id: true, slug: true },
    });
    if (!term) throw refuse(errors().noTerm(pathname));
    return {
      link: { articleId: null, termId: term.id, toPath: "" },
      path: termPath(taxonomy, term.slug),
    };
  }
  return { link: { articleId: null, termId: null, toPath: path }, path };
}
