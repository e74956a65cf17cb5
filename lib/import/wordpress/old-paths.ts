import type { ArticleKind } from "@/lib/generated/prisma/enums";
import type { ImportContext } from "@/lib/import/wordpress/context";
import type { Tx } from "@/lib/import/wordpress/imported";
import { mapTaxonomy } from "@/lib/import/wordpress/mapping";
import type { WxrPost, WxrTerm } from "@/lib/import/wordpress/types";
import { normalizeRedirectPath } from "@/lib/redirects/paths";
import { articlePath, feedPaths, termPath } from "@/lib/urls";

/**
 * The old site's addresses for what was imported, written as redirects: each item's own
 * permalink, and the other structures WordPress answers for the same item (a site that changed
 * its permalink settings over the years still has links of every kind out there).
 */

type Target = { articleId: string } | { termId: string } | { toPath: string };

/** The path and query of an old address, if it is on the old site. */
export function oldSitePath(context: ImportContext, url: string): string | null {
  if (!url) return null;
  try {
    const parsed = new URL(url, context.site.baseUrl);
    const base = new URL(context.site.baseUrl);
    if (parsed.hostname.replace(/^www\./, "") !== base.hostname.replace(/^www\./, "")) return null;
    return `${parsed.pathname}${parsed.search}`;
  } catch {
    return null;
  }
}

export async function writeRedirects(
  tx: Tx,
  context: ImportContext,
  paths: (string | null)[],
  target: Target,
  ownPath: string,
): Promise<void> {
  const own = normalizeRedirectPath(ownPath);
  const from = [
    ...new Set(paths.map((path) => (path ? normalizeRedirectPath(path) : null))),
  ].filter((path): path is string => path !== null && path !== own);
  if (from.length === 0) return;
  const counts = context.report.counts.redirects;
  if (context.options.dryRun) {
    const existing = await tx.redirect.count({ where: { fromPath: { in: from } } });
    counts.created += from.length - existing;
    counts.unchanged += existing;
    return;
  }
  const data = from.map((fromPath) => ({
    fromPath,
    source: "IMPORT" as const,
    ...("toPath" in target ? { toPath: target.toPath } : target),
  }));
  const { count } = await tx.redirect.createMany({ data, skipDuplicates: true });
  counts.created += count;
  counts.unchanged += from.length - count;
}

const pad = (value: number) => String(value).padStart(2, "0");

/** Every old address of a post or page. `local` is its date on the old site's clock. */
function postRedirectPaths(
  context: ImportContext,
  post: WxrPost,
  local: Date | null,
): (string | null)[] {
  const paths = [oldSitePath(context, post.link), oldSitePath(context, post.guid)];
  if (post.postType === "page") {
    paths.push(`/?page_id=${post.id}`);
  } else {
    paths.push(`/?p=${post.id}`, `/archives/${post.id}`);
    // WordPress remembers a post's slug from before it was renamed (_wp_old_slug) and answers it.
    const slugs = [post.slug, post.meta._wp_old_slug ?? ""].filter(Boolean);
    for (const slug of slugs) {
      paths.push(`/${slug}`);
      if (local) {
        const [y, m, d] = [
          local.getUTCFullYear(),
          pad(local.getUTCMonth() + 1),
          pad(local.getUTCDate()),
        ];
        paths.push(`/${y}/${m}/${d}/${slug}`, `/${y}/${m}/${slug}`);
      }
    }
  }
  return paths;
}

export async function writePostRedirects(
  tx: Tx,
  context: ImportContext,
  post: WxrPost,
  local: Date | null,
  article: { id: string; kind: ArticleKind; slug: string },
) {
  const own = articlePath(article.kind, article.slug);
  await writeRedirects(
    tx,
    context,
    postRedirectPaths(context, post, local),
    { articleId: article.id },
    own,
  );
}

const ARCHIVE_BASES: Record<string, string> = { category: "category", post_tag: "tag" };

/** A term's archive and its feed: /category/parent/child/, /category/child/feed/, /?cat=3. */
export async function writeTermRedirects(
  tx: Tx,
  context: ImportContext,
  term: WxrTerm,
  segments: string[],
  termId: string,
) {
  const taxonomy = mapTaxonomy(term.taxonomy);
  const row = await tx.term.findUnique({ where: { id: termId }, select: { slug: true } });
  if (!taxonomy || !row) return;
  const base = ARCHIVE_BASES[term.taxonomy] ?? term.taxonomy;
  const archives = [...new Set([`/${base}/${segments.join("/")}`, `/${base}/${term.slug}`])];
  const query =
    term.taxonomy === "category"
      ? `/?cat=${term.id}`
      : term.taxonomy === "post_tag"
        ? `/?tag=${term.slug}`
        : `/?${term.taxonomy}=${term.slug}`;
  const own = termPath(taxonomy, row.slug);
  await writeRedirects(
    tx,
    context,
    [...archives, term.id || term.taxonomy !== "category" ? query : null],
    { termId },
    own,
  );
  const feeds = archives.flatMap((path) => [
    `${path}/feed`,
    `${path}/feed/rss2`,
    `${path}/feed/atom`,
  ]);
  await writeRedirects(tx, context, feeds, { toPath: `${own}/feed.xml` }, `${own}/feed.xml`);
}

/** The site's own feeds: /feed/, /comments/feed/, /?feed=rss2. */
export async function writeSiteRedirects(tx: Tx, context: ImportContext) {
  const main = feedPaths.site();
  await writeRedirects(
    tx,
    context,
    ["/feed", "/feed/rss2", "/feed/atom", "/feed/rss", "/?feed=rss2", "/?feed=atom", "/?feed=rss"],
    { toPath: main },
    main,
  );
  const comments = feedPaths.comments();
  await writeRedirects(
    tx,
    context,
    ["/comments/feed", "/?feed=comments-rss2"],
    { toPath: comments },
    comments,
  );
}
