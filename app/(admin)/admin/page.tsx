import type { Metadata } from "next";
import Link from "next/link";
import { buttonClass } from "@/components/admin/button";
import { PageHeader } from "@/components/admin/page-header";
import { EmptyState } from "@/components/admin/table";
import { requireAdminPage } from "@/lib/auth";
import { can } from "@/lib/auth/permissions";
import { getDashboardData } from "@/lib/dashboard/queries";
import { staffMessages } from "@/lib/i18n/messages/staff";
import { getSiteSettings } from "@/lib/settings/queries";

export const metadata: Metadata = { title: staffMessages().dashboard.title };

export default async function DashboardPage() {
  const actor = await requireAdminPage();
  const t = staffMessages();
  const [data, { timeZone }] = await Promise.all([getDashboardData(actor), getSiteSettings()]);
  const when = new Intl.DateTimeFormat(t.common.intl, {
    dateStyle: "medium",
    timeStyle: "short",
    timeZone,
  });
  const articles = can(actor, "article:create");
  const stats = [
    {
      label: t.articleStatus.DRAFT.plural,
      value: data.drafts,
      href: "/admin/articles?status=DRAFT",
      show: articles,
    },
    {
      label: t.articleStatus.IN_REVIEW.plural,
      value: data.inReview,
      href: "/admin/articles?status=IN_REVIEW",
      show: articles,
    },
    {
      label: t.articleStatus.SCHEDULED.plural,
      value: data.scheduledCount,
      href: "/admin/articles?status=SCHEDULED",
      show: articles,
    },
    {
      label: t.dashboard.commentsPending,
      value: data.pendingComments,
      href: "/admin/comments?status=PENDING",
      show: can(actor, "comment:moderate"),
    },
  ].filter((stat) => stat.show);

  return (
    <>
      <PageHeader
        title={t.dashboard.title}
        description={t.dashboard.signedInAs(actor.name || actor.email)}
        actions={
          <>
            {can(actor, "article:create") ? (
              <Link href="/admin/articles/new" className={buttonClass("primary")}>
                {t.dashboard.writeArticle}
              </Link>
            ) : null}
            {can(actor, "media:upload") ? (
              <Link href="/admin/media" className={buttonClass("secondary")}>
                {t.dashboard.mediaLibrary}
              </Link>
            ) : null}
            {can(actor, "comment:moderate") ? (
              <Link href="/admin/comments" className={buttonClass("secondary")}>
                {t.dashboard.moderateComments}
              </Link>
            ) : null}
          </>
        }
      />
      <ul className="grid grid-cols-2 gap-3 md:grid-cols-4">
        {stats.map((stat) => (
          <li key={stat.label}>
            <Link
              href={stat.href}
              className="border-line hover:border-navy block rounded border bg-white p-4"
            >
              <span className="block text-3xl font-bold">{stat.value}</span>
              <span className="text-muted text-sm font-semibold">{stat.label}</span>
            </Link>
          </li>
        ))}
      </ul>
      {articles ? (
        <div className="mt-8 grid gap-8 lg:grid-cols-2">
          <section aria-labelledby="scheduled-heading">
            <h2 id="scheduled-heading" className="mb-3 text-lg font-semibold">
              {t.dashboard.scheduled}
            </h2>
            {data.scheduled.length ? (
              <ArticleList items={data.scheduled} format={(d) => when.format(d)} />
            ) : (
              <EmptyState>{t.dashboard.nothingScheduled}</EmptyState>
            )}
          </section>
          <section aria-labelledby="latest-heading">
            <h2 id="latest-heading" className="mb-3 text-lg font-semibold">
              {t.dashboard.latestPublished}
            </h2>
            {data.latestPublished.length ? (
              <ArticleList items={data.latestPublished} format={(d) => when.format(d)} />
            ) : (
              <EmptyState>{t.dashboard.nothingPublished}</EmptyState>
            )}
          </section>
        </div>
      ) : null}
    </>
  );
}

function ArticleList({
  items,
  format,
}: {
  items: { id: string; title: string; kind: string; publishedAt: Date | null }[];
  format: (date: Date) => string;
}) {
  const t = staffMessages().dashboard;
  return (
    <ul className="border-line divide-line divide-y rounded border bg-white">
      {items.map((item) => (
        <li key={item.id} className="flex flex-wrap justify-between gap-2 p-3">
          <Link
            href={`/admin/articles/${item.id}`}
            className="text-accent font-semibold underline-offset-4 hover:underline"
          >
            {item.title}
            {item.kind === "PAGE" ? (
              <span className="text-muted font-normal"> {t.pageMark}</span>
            ) : null}
          </Link>
          {item.publishedAt ? (
            <time dateTime={item.publishedAt.toISOString()} className="text-muted text-sm">
              {format(item.publishedAt)}
            </time>
          ) : null}
        </li>
      ))}
    </ul>
  );
}
