import type { Metadata } from "next";
import Link from "next/link";
import { buttonClass } from "@/components/admin/button";
import { PageHeader } from "@/components/admin/page-header";
import { requireAdminPage } from "@/lib/auth";
import type { CommentStatus } from "@/lib/generated/prisma/enums";
import { htmlToText } from "@/lib/html-text";
import { getSiteSettings } from "@/lib/settings/queries";
import { articlePath } from "@/lib/urls";
import {
  bulkModerateAction,
  editCommentAction,
  eraseCommenterAction,
  replyAsStaffAction,
} from "@/lib/comments/moderation-actions";
import { countQueueTabs, listArticlesWithComments, listQueue } from "@/lib/comments/queries";
import { type BulkOperation, QueueQuerySchema } from "@/lib/comments/schemas";

export const metadata: Metadata = { title: "Comments" };

const TABS: { status: CommentStatus; label: string }[] = [
  { status: "PENDING", label: "Pending" },
  { status: "APPROVED", label: "Approved" },
  { status: "SPAM", label: "Spam" },
  { status: "TRASH", label: "Trash" },
];

const OPERATIONS: Record<CommentStatus, { operation: BulkOperation; label: string }[]> = {
  PENDING: [
    { operation: "approve", label: "Approve" },
    { operation: "spam", label: "Spam" },
    { operation: "trash", label: "Trash" },
  ],
  APPROVED: [
    { operation: "unapprove", label: "Unapprove" },
    { operation: "spam", label: "Spam" },
    { operation: "trash", label: "Trash" },
  ],
  SPAM: [
    { operation: "restore", label: "Not spam" },
    { operation: "delete", label: "Delete permanently" },
  ],
  TRASH: [
    { operation: "restore", label: "Restore" },
    { operation: "delete", label: "Delete permanently" },
  ],
};

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

export default async function CommentsQueuePage({ searchParams }: Props) {
  await requireAdminPage("comment:moderate");
  const params = await searchParams;
  const query = QueueQuerySchema.parse(params);
  const filter = { articleId: query.articleId || undefined, q: query.q || undefined };
  const [{ rows, total, pageCount }, counts, articles, { timeZone }] = await Promise.all([
    listQueue({ ...query, ...filter }),
    countQueueTabs(filter),
    listArticlesWithComments(),
    getSiteSettings(),
  ]);
  const href = (changes: Record<string, string | number | undefined>) => {
    const merged = { status: query.status, ...filter, page: undefined, ...changes };
    const search = new URLSearchParams();
    for (const [key, value] of Object.entries(merged)) {
      if (value !== undefined && value !== "" && !(key === "page" && String(value) === "1")) {
        search.set(key, String(value));
      }
    }
    return `/admin/comments?${search}`;
  };
  const returnTo = href({ page: query.page });
  const when = new Intl.DateTimeFormat("en-GB", {
    dateStyle: "medium",
    timeStyle: "short",
    timeZone,
  });
  const done = typeof params.done === "string" ? params.done : null;
  const error = typeof params.error === "string" ? params.error : null;
  const operations = OPERATIONS[query.status];

  return (
    <>
      <PageHeader
        title="Comments"
        description="Readers' comments wait here until someone approves them."
      />
      {done && (
        <p role="status" className="border-navy mb-4 rounded border-2 bg-white p-3 font-semibold">
          {done}
        </p>
      )}
      {error && (
        <p
          role="alert"
          className="border-accent text-accent mb-4 rounded border-2 bg-white p-3 font-semibold"
        >
          {error}
        </p>
      )}
      <nav aria-label="Comment status" className="mb-4 flex flex-wrap gap-2">
        {TABS.map((tab) => (
          <Link
            key={tab.status}
            href={href({ status: tab.status })}
            aria-current={tab.status === query.status ? "page" : undefined}
            className={buttonClass(tab.status === query.status ? "primary" : "secondary")}
          >
            {tab.label} <span data-tab-count={tab.status}>({counts[tab.status]})</span>
          </Link>
        ))}
      </nav>
      <form method="get" className="mb-4 flex flex-wrap items-end gap-2" role="search">
        <input type="hidden" name="status" value={query.status} />
        <div>
          <label htmlFor="articleId" className="block text-sm font-semibold">
            Article
          </label>
          <select
            id="articleId"
            name="articleId"
            defaultValue={filter.articleId ?? ""}
            className="border-line mt-1 max-w-xs rounded border bg-white px-3 py-2"
          >
            <option value="">All articles</option>
            {articles.map((article) => (
              <option key={article.id} value={article.id}>
                {article.title}
              </option>
            ))}
          </select>
        </div>
        <div>
          <label htmlFor="q" className="block text-sm font-semibold">
            Search text, name or email
          </label>
          <input
            id="q"
            name="q"
            type="search"
            defaultValue={filter.q ?? ""}
            className="border-line mt-1 rounded border bg-white px-3 py-2"
          />
        </div>
        <button type="submit" className={buttonClass("secondary")}>
          Filter
        </button>
      </form>

      {rows.length === 0 ? (
        <p className="border-line rounded border bg-white p-6 text-center">
          No {query.status.toLowerCase()} comments{filter.q || filter.articleId ? " match" : ""}.
        </p>
      ) : (
        <>
          <form
            id="bulk"
            action={bulkModerateAction}
            className="mb-3 flex flex-wrap items-center gap-2"
          >
            <input type="hidden" name="returnTo" value={returnTo} />
            <span className="text-sm font-semibold">With selected:</span>
            {operations.map((op) => (
              <button
                key={op.operation}
                type="submit"
                name="operation"
                value={op.operation}
                className={buttonClass(op.operation === "delete" ? "danger" : "secondary")}
              >
                {op.label}
              </button>
            ))}
            <span className="text-muted text-sm">
              {total} comment{total === 1 ? "" : "s"}
            </span>
          </form>
          <ul className="space-y-4">
            {rows.map((comment) => (
              <li
                key={comment.id}
                data-queue-comment={comment.id}
                className="border-line grid gap-4 rounded border bg-white p-4 lg:grid-cols-[1fr_16rem]"
              >
                <div>
                  <div className="flex flex-wrap items-baseline gap-x-3 text-sm">
                    <input
                      type="checkbox"
                      name="ids"
                      value={comment.id}
                      form="bulk"
                      aria-label={`Select the comment by ${comment.authorName}`}
                      className="h-4 w-4 self-center"
                    />
                    <strong>{comment.authorName}</strong>
                    {comment.userId && <span className="text-xs font-bold uppercase">staff</span>}
                    <span>{comment.authorEmail}</span>
                    {comment.authorUrl && (
                      <span className="text-muted break-all">{comment.authorUrl}</span>
                    )}
                    <time dateTime={comment.createdAt.toISOString()} className="text-muted">
                      {when.format(comment.createdAt)}
                    </time>
                  </div>
                  <div
                    className="comment-body mt-2 break-words"
                    dangerouslySetInnerHTML={{ __html: comment.body }}
                  />
                  <div className="mt-3 flex flex-wrap gap-2">
                    {operations.map((op) => (
                      <form key={op.operation} action={bulkModerateAction}>
                        <input type="hidden" name="returnTo" value={returnTo} />
                        <input type="hidden" name="ids" value={comment.id} />
                        <button
                          type="submit"
                          name="operation"
                          value={op.operation}
                          className={buttonClass(op.operation === "delete" ? "danger" : "link")}
                        >
                          {op.label}
                        </button>
                      </form>
                    ))}
                  </div>
                  {(query.status === "PENDING" || query.status === "APPROVED") && (
                    <details className="mt-2">
                      <summary className="cursor-pointer text-sm font-semibold">
                        {query.status === "PENDING" ? "Approve and reply" : "Reply"}
                      </summary>
                      <form action={replyAsStaffAction} className="mt-2 space-y-2">
                        <input type="hidden" name="returnTo" value={returnTo} />
                        <input type="hidden" name="parentId" value={comment.id} />
                        <label
                          htmlFor={`reply-${comment.id}`}
                          className="block text-sm font-semibold"
                        >
                          Your reply (published at once, marked as staff)
                        </label>
                        <textarea
                          id={`reply-${comment.id}`}
                          name="body"
                          rows={3}
                          required
                          className="border-line block w-full rounded border px-3 py-2"
                        />
                        <button type="submit" className={buttonClass("primary")}>
                          {query.status === "PENDING" ? "Approve and reply" : "Reply"}
                        </button>
                      </form>
                    </details>
                  )}
                  <details className="mt-2">
                    <summary className="cursor-pointer text-sm font-semibold">Edit text</summary>
                    <form action={editCommentAction} className="mt-2 space-y-2">
                      <input type="hidden" name="returnTo" value={returnTo} />
                      <input type="hidden" name="id" value={comment.id} />
                      <label htmlFor={`edit-${comment.id}`} className="block text-sm font-semibold">
                        Comment text (HTML limited to the comment tags)
                      </label>
                      <textarea
                        id={`edit-${comment.id}`}
                        name="body"
                        rows={5}
                        defaultValue={comment.body}
                        className="border-line block w-full rounded border px-3 py-2 font-mono text-sm"
                      />
                      <button type="submit" className={buttonClass("secondary")}>
                        Save text
                      </button>
                    </form>
                  </details>
                </div>
                <aside className="text-sm" aria-label="Article">
                  <p className="text-muted">On</p>
                  <p className="font-semibold">
                    <a
                      href={articlePath(comment.article.kind, comment.article.slug)}
                      className="underline"
                    >
                      {comment.article.title}
                    </a>
                  </p>
                  <p>
                    <Link
                      href={href({ articleId: comment.article.id })}
                      className="text-accent underline"
                    >
                      All comments on this article
                    </Link>
                  </p>
                  {comment.parent && (
                    <p className="text-muted mt-2">
                      In reply to <strong>{comment.parent.authorName}</strong>: “
                      {htmlToText(comment.parent.body).slice(0, 160)}”
                    </p>
                  )}
                </aside>
              </li>
            ))}
          </ul>
          {pageCount > 1 && (
            <nav aria-label="Pages" className="mt-4 flex gap-2">
              {query.page > 1 && (
                <Link href={href({ page: query.page - 1 })} className={buttonClass("secondary")}>
                  Previous
                </Link>
              )}
              <span className="self-center text-sm">
                Page {query.page} of {pageCount}
              </span>
              {query.page < pageCount && (
                <Link href={href({ page: query.page + 1 })} className={buttonClass("secondary")}>
                  Next
                </Link>
              )}
            </nav>
          )}
        </>
      )}

      <section
        className="border-line mt-10 rounded border bg-white p-4"
        aria-labelledby="erase-title"
      >
        <h2 id="erase-title" className="text-lg font-bold">
          Erase a commenter
        </h2>
        <p className="text-muted text-sm">
          On request, remove every comment written with one email address, or keep the words and
          remove who wrote them.
        </p>
        <form action={eraseCommenterAction} className="mt-3 flex flex-wrap items-end gap-3">
          <input type="hidden" name="returnTo" value={returnTo} />
          <div>
            <label htmlFor="erase-email" className="block text-sm font-semibold">
              Email address
            </label>
            <input
              id="erase-email"
              name="email"
              type="email"
              required
              className="border-line mt-1 rounded border px-3 py-2"
            />
          </div>
          <fieldset className="flex gap-3 text-sm">
            <legend className="sr-only">How</legend>
            <label>
              <input type="radio" name="mode" value="anonymise" defaultChecked /> Anonymise
            </label>
            <label>
              <input type="radio" name="mode" value="delete" /> Delete
            </label>
          </fieldset>
          <button type="submit" className={buttonClass("danger")}>
            Erase
          </button>
        </form>
      </section>
    </>
  );
}
