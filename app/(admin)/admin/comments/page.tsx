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
import { type StaffMessages, staffMessages } from "@/lib/i18n/messages/staff";
import { getSiteSettings } from "@/lib/settings/queries";
import { articlePath } from "@/lib/urls";
import { articleLang } from "@/lib/articles/view";

export const metadata: Metadata = { title: staffMessages().comments.title };

const TABS: CommentStatus[] = ["PENDING", "APPROVED", "SPAM", "TRASH"];

/** The buttons each tab offers, with their labels' keys in the catalogue. */
const OPERATIONS: Record<
  CommentStatus,
  [QueueOperation["operation"], keyof StaffMessages["comments"]["operations"]][]
> = {
  PENDING: [
    ["approve", "approve"],
    ["spam", "spam"],
    ["trash", "trash"],
  ],
  APPROVED: [
    ["unapprove", "unapprove"],
    ["spam", "spam"],
    ["trash", "trash"],
  ],
  SPAM: [
    ["restore", "notSpam"],
    ["delete", "delete"],
  ],
  TRASH: [
    ["restore", "restore"],
    ["delete", "delete"],
  ],
};

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

export default async function CommentsQueuePage({ searchParams }: Props) {
  const actor = await requireAdminPage("comment:moderate");
  const t = staffMessages().comments;
  const query = QueueQuerySchema.parse(await searchParams);
  const filter = { articleId: query.articleId || undefined, q: query.q || undefined };
  const [{ rows, total, pageCount }, counts, articles, { timeZone, defaultLanguage }] =
    await Promise.all([
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
      href: articlePath(comment.article.kind, comment.article.slug, {
        lang: articleLang(comment.article.language),
        defaultLang: defaultLanguage,
      }),
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
      <PageHeader title={t.title} description={t.description} />
      <nav aria-label={t.tabsLabel} className="mb-4 flex flex-wrap gap-2">
        {TABS.map((status) => (
          <Link
            key={status}
            href={href({ status })}
            aria-current={status === query.status ? "page" : undefined}
            className={buttonClass(status === query.status ? "primary" : "secondary")}
          >
            {t.tabs[status]} <span data-tab-count={status}>({counts[status]})</span>
          </Link>
        ))}
      </nav>
      <form method="get" className="mb-4 flex flex-wrap items-end gap-2" role="search">
        <input type="hidden" name="status" value={query.status} />
        <div>
          <label htmlFor="articleId" className="block text-sm font-semibold">
            {t.article}
          </label>
          <select
            id="articleId"
            name="articleId"
            defaultValue={filter.articleId ?? ""}
            className="border-line mt-1 max-w-xs rounded border bg-white px-3 py-2"
          >
            <option value="">{t.allArticles}</option>
            {articles.map((article) => (
              <option key={article.id} value={article.id}>
                {article.title}
              </option>
            ))}
          </select>
        </div>
        <div>
          <label htmlFor="q" className="block text-sm font-semibold">
            {t.search}
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
          {staffMessages().common.filter}
        </button>
      </form>

      {rows.length === 0 ? (
        <EmptyState>{t.empty(query.status, Boolean(filter.q || filter.articleId))}</EmptyState>
      ) : (
        <>
          <ModerationQueue
            rows={queueRows}
            total={total}
            operations={OPERATIONS[query.status].map(([operation, label]) => ({
              operation,
              label: t.operations[label],
            }))}
            canReply={query.status === "PENDING" || query.status === "APPROVED"}
            replyLabel={query.status === "PENDING" ? t.approveAndReply : t.reply}
            timeZone={timeZone}
          />
          <Pagination page={query.page} pageCount={pageCount} hrefFor={(page) => href({ page })} />
        </>
      )}
      <EraseCommenterForm />
    </>
  );
}
