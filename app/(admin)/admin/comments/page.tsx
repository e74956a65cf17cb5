import type { Metadata } from "next";
import Link from "next/link";
import { buttonClass } from "@/components/admin/button";
import { EraseCommenterForm } from "@/app/(admin)/admin/comments/_components/erase-commenter-form";
import {
  ModerationQueue,
  type QueueOperation,
} from "@/app/(admin)/admin/comments/_components/queue";
import type { QueueRow } from "@/app/(admin)/admin/comments/_components/queue-item";
import { PageHeader } from "@/components/admin/page-header";
import { Pagination } from "@/components/admin/pagination";
import { EmptyState } from "@/components/admin/table";
import { requireAdminPage } from "@/lib/auth";
import { countQueueTabs, listArticlesWithComments, listQueue } from "@/lib/comments/queries";
import { QueueQuerySchema } from "@/lib/comments/schemas";
import type { CommentStatus } from "@/lib/generated/prisma/enums";
import { htmlToText } from "@/lib/html-text";
import { getSiteSettings } from "@/lib/settings/queries";
import { articlePath } from "@/lib/urls";

export const metadata: Metadata = { title: "Comments" };

const TABS: { status: CommentStatus; label: string }[] = [
  { status: "PENDING", label: "Pending" },
  { status: "APPROVED", label: "Approved" },
  { status: "SPAM", label: "Spam" },
  { status: "TRASH", label: "Trash" },
];

const OPERATIONS: Record<CommentStatus, QueueOperation[]> = {
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
  const actor = await requireAdminPage("comment:moderate");
  const query = QueueQuerySchema.parse(await searchParams);
  const filter = { articleId: query.articleId || undefined, q: query.q || undefined };
  const [{ rows, total, pageCount }, counts, articles, { timeZone }] = await Promise.all([
    listQueue(actor, { ...query, ...filter }),
    countQueueTabs(actor, filter),
    listArticlesWithComments(actor),
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
  const queueRows: QueueRow[] = rows.map((comment) => ({
    id: comment.id,
    authorName: comment.authorName,
    authorEmail: comment.authorEmail,
    authorUrl: comment.authorUrl,
    bodyHtml: comment.body,
    createdAt: comment.createdAt.toISOString(),
    isStaff: comment.userId !== null,
    article: {
      id: comment.article.id,
      title: comment.article.title,
      href: articlePath(comment.article.kind, comment.article.slug),
      queueHref: href({ articleId: comment.article.id }),
    },
    parent: comment.parent
      ? {
          authorName: comment.parent.authorName,
          excerpt: htmlToText(comment.parent.body).slice(0, 160),
        }
      : null,
  }));

  return (
    <>
      <PageHeader
        title="Comments"
        description="Readers' comments wait here until someone approves them."
      />
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
        <EmptyState>
          No {query.status.toLowerCase()} comments{filter.q || filter.articleId ? " match" : ""}.
        </EmptyState>
      ) : (
        <>
          <ModerationQueue
            rows={queueRows}
            total={total}
            operations={OPERATIONS[query.status]}
            canReply={query.status === "PENDING" || query.status === "APPROVED"}
            replyLabel={query.status === "PENDING" ? "Approve and reply" : "Reply"}
            timeZone={timeZone}
          />
          <Pagination page={query.page} pageCount={pageCount} hrefFor={(page) => href({ page })} />
        </>
      )}
      <EraseCommenterForm />
    </>
  );
}
