import { formatDate } from "@/lib/format";
import type { Lang } from "@/lib/i18n/languages";
import { commentMessages } from "@/lib/i18n/messages/comments";
import type { PublicComment } from "@/lib/comments/queries";
import type { CommentNode } from "@/lib/comments/thread";

type ItemProps = {
  comment: PublicComment;
  timeZone: string;
  lang: Lang;
  /** Where "Reply" leads (the live view with the form); absent when comments are closed. */
  replyHref?: (id: string) => string;
  isPending?: boolean;
};

/** One comment: author (linked when they gave a website), date, sanitized body, reply link. */
export function CommentItem({ comment, timeZone, lang, replyHref, isPending = false }: ItemProps) {
  const t = commentMessages[lang].comments;
  const date = new Date(comment.createdAt);
  return (
    <article
      id={`comment-${comment.id}`}
      data-comment-id={comment.id}
      className={`border-line scroll-mt-24 rounded border bg-white p-4 ${isPending ? "border-dashed" : ""}`}
    >
      <header className="flex flex-wrap items-baseline gap-x-3 gap-y-1 text-sm">
        <span className="font-semibold">
          {comment.authorUrl ? (
            <a href={comment.authorUrl} rel="nofollow ugc noopener" className="underline">
              {comment.authorName}
            </a>
          ) : (
            comment.authorName
          )}
        </span>
        {comment.isStaff && (
          <span className="bg-navy rounded px-2 py-0.5 text-xs font-bold text-white uppercase">
            {t.staff}
          </span>
        )}
        <time dateTime={comment.createdAt} className="text-muted">
          {formatDate(date, timeZone, lang)}
        </time>
        {isPending && (
          <strong className="text-accent text-xs tracking-wide uppercase" data-awaiting-moderation>
            {t.awaitingBadge}
          </strong>
        )}
      </header>
      <div
        className="comment-body prose mt-2 break-words"
        // Stored HTML was cleaned by sanitizeCommentHtml on write (allowlist, safe link schemes).
        dangerouslySetInnerHTML={{ __html: comment.bodyHtml }}
      />
      {replyHref && !isPending && (
        <p className="mt-2 text-sm">
          <a
            href={replyHref(comment.id)}
            data-reply-to={comment.id}
            data-reply-name={comment.authorName}
            className="text-accent font-semibold underline"
            aria-label={t.replyTo(comment.authorName)}
          >
            {t.reply}
          </a>
        </p>
      )}
    </article>
  );
}

type ThreadProps = Omit<ItemProps, "comment" | "isPending"> & {
  nodes: CommentNode<PublicComment>[];
};

/** Threads as nested lists, so the structure is plain in any browser and to screen readers. */
export function CommentThread({ nodes, ...rest }: ThreadProps) {
  if (nodes.length === 0) return null;
  return (
    <ol className="space-y-4">
      {nodes.map((node) => (
        <li key={node.id}>
          <CommentItem comment={node} {...rest} />
          {node.replies.length > 0 && (
            <div className="border-line mt-4 ml-3 border-l-2 pl-3 sm:ml-6 sm:pl-4">
              <CommentThread nodes={node.replies} {...rest} />
            </div>
          )}
        </li>
      ))}
    </ol>
  );
}
