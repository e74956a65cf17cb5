import "server-only";
import { type Actor, assertCan } from "@/lib/auth/permissions";
import { getDb } from "@/lib/db";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { ArticleKind, RedirectSource } from "@/lib/generated/prisma/enums";
import type { Lang } from "@/lib/i18n/languages";
import { normalizeRedirectPath } from "@/lib/redirects/paths";
import { REDIRECT_PAGE_SIZE, type RedirectListFilters } from "@/lib/redirects/schemas";
import { isPublicArticle, redirectTargetPath, redirectTargetSelect } from "@/lib/redirects/targets";
import { getSiteSettings } from "@/lib/settings/queries";

/** Where a redirect leads, as the staff list shows it. */
type AdminRedirectTarget =
  | { kind: "article"; articleKind: ArticleKind; title: string; path: string; isPublic: boolean }
  | { kind: "term"; name: string; path: string }
  | { kind: "path"; path: string };

export type AdminRedirect = {
  id: string;
  fromPath: string;
  source: RedirectSource;
  hits: number;
  lastHitAt: Date | null;
  target: AdminRedirectTarget;
};

const adminSelect = {
  id: true,
  fromPath: true,
  source: true,
  hits: true,
  lastHitAt: true,
  ...redirectTargetSelect,
  article: { select: { ...redirectTargetSelect.article.select, title: true } },
  term: { select: { ...redirectTargetSelect.term.select, name: true } },
} satisfies Prisma.RedirectSelect;

type Row = Prisma.RedirectGetPayload<{ select: typeof adminSelect }>;

function decodeForSearch(text: string): string {
  try {
    return decodeURIComponent(text);
  } catch {
    return text;
  }
}

/**
 * Redirects whose old address, stored path, or linked article or term matches what was typed: a
 * path in any form (`/2020/05/Story/`, a full address, `?p=12`), an article's address or title.
 */
function searchWhere(q: string | undefined): Prisma.RedirectWhereInput {
  if (!q) return {};
  const needles = new Set([q, q.toLowerCase()]);
  const normalized = normalizeRedirectPath(q);
  if (normalized && normalized !== "/") needles.add(normalized);
  // Stored paths are percent-encoded (safe in a Location); typed ones rarely are.
  if (/[^\x00-\x7f]/.test(q)) needles.add(encodeURI(q));
  const contains = (value: string) => ({ contains: value, mode: "insensitive" as const });
  const or: Prisma.RedirectWhereInput[] = [...needles].flatMap((needle) => [
    { fromPath: contains(needle) },
    { toPath: contains(needle) },
  ]);
  or.push({ article: { title: contains(q) } });
  const slug = decodeForSearch(q.split(/[?#]/, 1)[0]!.split("/").filter(Boolean).at(-1) ?? "");
  if (slug) {
    or.push({ article: { slug: contains(slug) } }, { term: { slug: contains(slug) } });
  }
  return { OR: or };
}

function toAdminRedirect(row: Row, defaultLang: Lang): AdminRedirect {
  const path = redirectTargetPath(row, defaultLang, { publicOnly: false }) ?? row.toPath;
  const target: AdminRedirectTarget = row.article
    ? {
        kind: "article",
        articleKind: row.article.kind,
        title: row.article.title,
        path,
        isPublic: isPublicArticle(row.article),
      }
    : row.term
      ? { kind: "term", name: row.term.name, path }
      : { kind: "path", path };
  const { id, fromPath, source, hits, lastHitAt } = row;
  return { id, fromPath, source, hits, lastHitAt, target };
}

/** One page of redirects, newest first, optionally searched. Needs redirect:manage. */
export async function listRedirectsForAdmin(
  actor: Actor | null,
  filters: RedirectListFilters,
): Promise<{ rows: AdminRedirect[]; total: number; page: number; pageCount: number }> {
  assertCan(actor, "redirect:manage");
  const db = getDb();
  const where = searchWhere(filters.q);
  const [total, { defaultLanguage }] = await Promise.all([
    db.redirect.count({ where }),
    getSiteSettings(),
  ]);
  const pageCount = Math.max(1, Math.ceil(total / REDIRECT_PAGE_SIZE));
  const page = Math.min(filters.page, pageCount);
  const rows = await db.redirect.findMany({
    where,
    orderBy: [{ createdAt: "desc" }, { id: "desc" }],
    skip: (page - 1) * REDIRECT_PAGE_SIZE,
    take: REDIRECT_PAGE_SIZE,
    select: adminSelect,
  });
  return {
    rows: rows.map((row) => toAdminRedirect(row, defaultLanguage)),
    total,
    page,
    pageCount,
  };
}

/** One redirect for its edit page, or null. Needs redirect:manage. */
export async function getRedirectForAdmin(
  actor: Actor | null,
  id: string,
): Promise<AdminRedirect | null> {
  assertCan(actor, "redirect:manage");
  const [row, { defaultLanguage }] = await Promise.all([
    getDb().redirect.findUnique({ where: { id }, select: adminSelect }),
    getSiteSettings(),
  ]);
  return row ? toAdminRedirect(row, defaultLanguage) : null;
}
