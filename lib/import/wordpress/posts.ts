import { slugProblem } from "@/lib/articles/slug";
import type { ArticleKind } from "@/lib/generated/prisma/enums";
import { convertBody } from "@/lib/import/wordpress/body";
import { importComments } from "@/lib/import/wordpress/comments";
import type { ImportContext } from "@/lib/import/wordpress/context";
import {
  contentHash,
  findImported,
  recordImported,
  type Tx,
} from "@/lib/import/wordpress/imported";
import {
  itemLanguage,
  mapPostStatus,
  plainText,
  slugFor,
  translationGroupKey,
  wordpressDate,
} from "@/lib/import/wordpress/mapping";
import { mediaUrlKey } from "@/lib/import/wordpress/media";
import { writePostRedirects } from "@/lib/import/wordpress/old-paths";
import { ensureItemTerm } from "@/lib/import/wordpress/terms";
import type { WxrPost } from "@/lib/import/wordpress/types";
import { sanitizeArticleHtml } from "@/lib/sanitize";

const KINDS: Record<string, ArticleKind> = { post: "POST", page: "PAGE" };
/** An edit made here within this long after an import's own write is still the import's. */
const EDIT_GRACE_MS = 2_000;

/** The old site's calendar date of a post ("2020-05-12 …"), for its dated permalinks. */
const localDay = (value: string) => {
  const match = /^(\d{4})-(\d{2})-(\d{2})/.exec(value);
  if (!match || match[1] === "0000") return null;
  return new Date(Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3])));
};

async function freeSlug(
  tx: Tx,
  kind: ArticleKind,
  language: string,
  base: string,
): Promise<string> {
  const wanted = slugProblem(kind, base) ? `${base}-${kind === "PAGE" ? "page" : "post"}` : base;
  for (let n = 1; ; n += 1) {
    const slug = n === 1 ? wanted : `${wanted}-${n}`;
    const taken = await tx.article.findUnique({
      where: { kind_language_slug: { kind, language, slug } },
      select: { id: true },
    });
    if (!taken) return slug;
  }
}

function convert(context: ImportContext, post: WxrPost, label: string) {
  const result = convertBody(post.content, {
    siteUrl: context.site.baseUrl,
    mediaById: (id) => context.mediaById.get(id) ?? null,
    mediaByUrl: (url) => context.mediaByUrl.get(mediaUrlKey(context, url)) ?? null,
  });
  for (const [name, times] of Object.entries(result.unknownShortcodes)) {
    context.tally(context.report.unknownShortcodes, name, times);
  }
  for (const url of result.missingImages)
    context.missing(label, `${url}: no imported image; it keeps its old address`);
  return sanitizeArticleHtml(linkMissingImages(result.html));
}

const escapeHtml = (text: string) =>
  text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;");

/**
 * An image whose file could not be brought over would be removed by the sanitizer (images come
 * only from this site) and is blocked by the pages' CSP anyway: it becomes a link to its old
 * address, named by its alt text, so nothing of it is lost and staff can replace it.
 */
function linkMissingImages(html: string): string {
  return html.replace(/<img\b[^>]*>/gi, (tag) => {
    const src = /\ssrc\s*=\s*"([^"]*)"/i.exec(tag)?.[1] ?? "";
    if (!/^https?:\/\//i.test(src)) return tag;
    const alt = /\salt\s*=\s*"([^"]*)"/i.exec(tag)?.[1]?.trim();
    return `<a href="${src}">${alt || escapeHtml(src.split("/").pop() ?? src)}</a>`;
  });
}

/** A post or page with its terms, cover, comments and old addresses, in one transaction. */
export async function importPost(
  context: ImportContext,
  post: WxrPost,
  label: string,
): Promise<void> {
  const kind = KINDS[post.postType];
  const { report, rules } = context;
  if (!kind) {
    context.tally(report.skippedByStatus, `type ${post.postType || "unknown"}`);
    return;
  }
  const counts = kind === "PAGE" ? report.counts.pages : report.counts.posts;
  const mapping = mapPostStatus(post);
  if ("skip" in mapping) {
    context.tally(report.skippedByStatus, mapping.skip);
    counts.skipped += 1;
    return;
  }
  if (mapping.note) context.problem(label, mapping.note);
  const title = plainText(post.title, 300) || `(untitled ${post.id})`;
  const language = itemLanguage(post, rules.languages) ?? rules.defaultLanguage;
  const hash = contentHash({ post: { ...post, comments: undefined }, language, kind });
  const body = convert(context, post, label);
  const cover = context.mediaById.get(Number(post.meta._thumbnail_id ?? 0));
  const fields = {
    title,
    excerpt: plainText(post.excerpt, 2000),
    body,
    status: mapping.status,
    isPrivate: mapping.isPrivate,
    publishedAt: wordpressDate(post.dateGmt, post.date, rules.timeZone),
    isFeatured: post.isSticky,
    commentsOpen: post.commentStatus !== "closed",
    coverImageId: cover?.id ?? null,
    coverCaption: cover?.caption ?? "",
  };
  await context.db.$transaction(
    async (tx) => {
      const termIds: string[] = [];
      for (const term of post.terms) {
        const id = await ensureItemTerm(tx, context, term);
        if (id && !termIds.includes(id)) termIds.push(id);
      }
      const known = await findImported(tx, context, "POST", post.id);
      const existing =
        known &&
        (await tx.article.findUnique({
          where: { id: known.targetId },
          select: { id: true, kind: true, slug: true, updatedAt: true },
        }));
      let article = existing;
      if (existing && known.contentHash === hash) {
        counts.unchanged += 1;
      } else if (
        existing &&
        existing.updatedAt.getTime() > known.updatedAt.getTime() + EDIT_GRACE_MS
      ) {
        counts.skipped += 1;
        context.problem(label, "changed here since it was imported; kept as it is here");
      } else if (existing) {
        counts.updated += 1;
        if (!context.options.dryRun) {
          await tx.article.update({
            where: { id: existing.id },
            data: {
              ...fields,
              contentChangedAt: new Date(),
              terms: { set: termIds.map((id) => ({ id })) },
            },
          });
          await tx.articleRevision.create({
            data: { articleId: existing.id, title, excerpt: fields.excerpt, body },
          });
          await recordImported(tx, context, "POST", post.id, existing.id, hash);
        }
      } else {
        counts.created += 1;
        if (context.options.dryRun) return;
        const base = slugFor(post.slug, title, `${kind === "PAGE" ? "page" : "post"}-${post.id}`);
        const slug = await freeSlug(tx, kind, language, base);
        if (slug !== base)
          context.problem(label, `the address "${base}" was taken; imported as "${slug}"`);
        article = await tx.article.create({
          data: {
            ...fields,
            kind,
            slug,
            language,
            authorId:
              context.options.authorId ??
              context.authors.get(post.creatorLogin) ??
              context.fallbackAuthorId,
            terms: { connect: termIds.map((id) => ({ id })) },
          },
          select: { id: true, kind: true, slug: true, updatedAt: true },
        });
        await tx.articleRevision.create({
          data: { articleId: article.id, title, excerpt: fields.excerpt, body },
        });
        await recordImported(tx, context, "POST", post.id, article.id, hash);
      }
      if (!article) return;
      await importComments(tx, context, post.comments, article.id, label);
      if (context.options.dryRun) return;
      await writePostRedirects(tx, context, post, localDay(post.date), article);
      const group = translationGroupKey(post);
      if (group)
        context.translationGroups.set(group, [
          ...(context.translationGroups.get(group) ?? []),
          article.id,
        ]);
    },
    { timeout: 120_000, maxWait: 30_000 },
  );
}
