import { articleLang } from "@/lib/articles/view";
import type { Prisma } from "@/lib/generated/prisma/client";
import { safeRedirectPath } from "@/lib/http/redirect";
import type { Lang } from "@/lib/i18n/languages";
import { articlePath, termPath } from "@/lib/urls";

/** What a redirect's target is read from: the linked article or term, else its stored path. */
export const redirectTargetSelect = {
  toPath: true,
  article: {
    select: { kind: true, slug: true, language: true, status: true, publishedAt: true },
  },
  term: { select: { taxonomy: true, slug: true } },
} satisfies Prisma.RedirectSelect;

export type RedirectTargetRow = Prisma.RedirectGetPayload<{ select: typeof redirectTargetSelect }>;

/**
 * A path on this site, or null: an absolute URL, `//host`, a backslash, control characters or an
 * encoded slash or dot would let a redirect leave the site or play tricks, and are refused
 * wherever a target is written and again whenever one is read.
 */
export function safeSitePath(raw: string): string | null {
  return safeRedirectPath(raw, { allowed: ["/"], fallback: "" }) || null;
}

/** Whether a linked article is what readers see now (published, and not in the future). */
export function isPublicArticle(
  article: { status: string; publishedAt: Date | null },
  now = new Date(),
): boolean {
  return article.status === "PUBLISHED" && !!article.publishedAt && article.publishedAt <= now;
}

/**
 * Where a redirect leads now: its article's current address in the article's language, its
 * term's archive, or its stored path. `publicOnly`: null while the article is not published (the
 * old address then answers 404, as the article's own address does).
 */
export function redirectTargetPath(
  row: RedirectTargetRow,
  defaultLang: Lang,
  { publicOnly }: { publicOnly: boolean },
): string | null {
  if (row.article) {
    if (publicOnly && !isPublicArticle(row.article)) return null;
    const lang = articleLang(row.article.language);
    return articlePath(row.article.kind, row.article.slug, { lang, defaultLang });
  }
  if (row.term) return termPath(row.term.taxonomy, row.term.slug);
  return safeSitePath(row.toPath);
}
