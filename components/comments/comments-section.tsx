import { cookies } from "next/headers";
import { getActor } from "@/lib/auth";
import { getSiteSettings } from "@/lib/settings/queries";
import type { Locale } from "@/lib/i18n/locale";
import { commentMessages } from "@/lib/i18n/messages/comments";
import { COMMENT_ALLOWED_TAGS_HINT } from "@/lib/sanitize";
import { articlePath } from "@/lib/urls";
import { listApprovedComments, listVisitorPendingComments } from "@/lib/comments/queries";
import { isCommentingOpen } from "@/lib/comments/rules";
import { getCachedCommentSettings } from "@/lib/comments/settings";
import { buildCommentTree, paginateThreads } from "@/lib/comments/thread";
import { COMMENTER_COOKIE, issueFormToken, readCommenterCookie } from "@/lib/comments/tokens";
import { CommentForm } from "@/components/comments/comment-form";
import { CommentItem, CommentThread } from "@/components/comments/comment-thread";
import { CommentsEnhancer } from "@/components/comments/comments-enhancer";

const COMMENTS_SCRIPT = "/enhance/comments.js";

type CommentsSectionArticle = {
  id: string;
  slug: string;
  commentsOpen: boolean;
  publishedAt: string | Date | null;
};

type Props = {
  article: CommentsSectionArticle;
  /** The article's language, which its comments and form speak. */
  locale: Locale;
  /**
   * "static": the cached article page (no cookies, no token: links to the live view, enhanced by
   * JavaScript). "live": the per-visitor view with the form, a fresh token and the visitor's own
   * pending comments.
   */
  mode: "static" | "live";
  /** Which page of threads (page 2+ lives at /news/<slug>/comments/<n>). */
  page?: number;
  /** Live view: the comment being replied to (?replyto=). */
  replyTo?: string | null;
};

const commentsPagePath = (slug: string, page: number, locale: Locale) =>
  page <= 1
    ? `${articlePath("POST", slug, locale)}#comments`
    : `${articlePath("POST", slug, locale)}/comments/${page}`;

/** The comments under a news story: approved threads, their count, and the way to join in. */
export async function CommentsSection({ article, locale, mode, page = 1, replyTo = null }: Props) {
  const t = commentMessages[locale.lang].comments;
  const isLive = mode === "live";
  const [settings, site, approved] = await Promise.all([
    getCachedCommentSettings(),
    getSiteSettings(),
    listApprovedComments(article.id),
  ]);
  const isOpen = isCommentingOpen(article, settings);
  const path = articlePath("POST", article.slug, locale);
  const replyHref = isOpen
    ? (id: string) => `${path}?replyto=${encodeURIComponent(id)}#respond`
    : undefined;
  const tree = buildCommentTree(approved);
  const { threads, page: current, pageCount } = paginateThreads(tree, page, settings.perPage);

  let pending: Awaited<ReturnType<typeof listVisitorPendingComments>> = [];
  let actor: Awaited<ReturnType<typeof getActor>> = null;
  if (isLive) {
    const entries = readCommenterCookie((await cookies()).get(COMMENTER_COOKIE)?.value);
    [pending, actor] = await Promise.all([
      listVisitorPendingComments(
        article.id,
        entries.filter((entry) => entry.slug === article.slug).map((entry) => entry.id),
      ),
      getActor().catch(() => null),
    ]);
  }
  const replyTarget = replyTo ? approved.find((comment) => comment.id === replyTo) : undefined;
  const formProps = {
    articleId: article.id,
    humanCheck: settings.humanCheck && !actor,
    maxLength: settings.maxLength,
    allowedTagsHint: COMMENT_ALLOWED_TAGS_HINT,
    lang: locale.lang,
  };

  return (
    <section
      data-comments-section
      aria-labelledby="comments-title"
      className="mx-auto mt-12 max-w-3xl scroll-mt-24"
    >
      <h2 id="comments-title" className="text-2xl font-bold">
        {t.title(approved.length)}
      </h2>
      <div className="mt-6">
        {approved.length === 0 ? (
          <p className="text-muted">{t.none}</p>
        ) : (
          <CommentThread
            nodes={threads}
            timeZone={site.timeZone}
            lang={locale.lang}
            replyHref={replyHref}
          />
        )}
      </div>
      {pageCount > 1 && (
        <nav aria-label={t.olderPages} className="mt-6 flex flex-wrap gap-2 text-sm">
          {Array.from({ length: pageCount }, (_, index) => index + 1).map((n) =>
            n === current ? (
              <span
                key={n}
                aria-current="page"
                className="bg-navy rounded px-3 py-1 font-semibold text-white"
              >
                {n}
              </span>
            ) : (
              <a
                key={n}
                href={commentsPagePath(article.slug, n, locale)}
                aria-label={t.pageLink(n)}
                className="border-line rounded border bg-white px-3 py-1"
              >
                {n}
              </a>
            ),
          )}
        </nav>
      )}
      {pending.length > 0 && (
        <div className="mt-8">
          <h3 className="text-lg font-bold">{t.yourPending}</h3>
          <p className="text-muted text-sm">{t.awaiting}</p>
          <ul className="mt-3 space-y-3">
            {pending.map((comment) => (
              <li key={comment.id}>
                <CommentItem
                  comment={comment}
                  timeZone={site.timeZone}
                  lang={locale.lang}
                  isPending
                />
              </li>
            ))}
          </ul>
        </div>
      )}
      <div id="respond" className="mt-10 scroll-mt-24">
        <h3 className="text-xl font-bold">{t.joinHeading}</h3>
        {isOpen && settings.requireApproval && (
          <p className="text-muted mt-1 text-sm" data-moderation-note>
            {t.moderatedNote}
          </p>
        )}
        <div className="mt-4">
          {/* Where React does not run (light pages), this opens and posts the form in place. */}
          {isOpen && <script src={COMMENTS_SCRIPT} async />}
          {!isOpen ? (
            <p className="font-semibold" data-comments-closed>
              {t.closed}
            </p>
          ) : isLive ? (
            <CommentForm
              key={replyTarget?.id ?? "top"}
              {...formProps}
              token={issueFormToken(article.id)}
              parentId={replyTarget?.id ?? null}
              replyToName={replyTarget?.authorName ?? null}
              cancelReplyHref={`${path}?respond=1#respond`}
              defaults={actor ? { authorName: actor.name, authorEmail: actor.email } : undefined}
            />
          ) : (
            <CommentsEnhancer {...formProps}>
              <a
                href={`${path}?respond=1#respond`}
                data-leave-comment
                className="bg-accent hover:bg-accent-dark inline-block rounded px-5 py-2 font-semibold text-white"
              >
                {t.leave}
              </a>
            </CommentsEnhancer>
          )}
        </div>
      </div>
    </section>
  );
}
