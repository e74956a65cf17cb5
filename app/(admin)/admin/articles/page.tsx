import type { Metadata } from "next";
import Link from "next/link";
import { BulkArticlesForm } from "@/app/(admin)/admin/articles/_components/bulk-articles-form";
import { buttonClass } from "@/components/admin/button";
import { Flash } from "@/components/admin/form-message";
import { PageHeader } from "@/components/admin/page-header";
import { Pagination } from "@/components/admin/pagination";
import { listArticleAuthors, listArticlesForAdmin } from "@/lib/articles/admin-queries";
import { ArticleListFiltersSchema } from "@/lib/articles/schemas";
import { requireAdminPage } from "@/lib/auth";
import { can } from "@/lib/auth/permissions";
import { staffMessages } from "@/lib/i18n/messages/staff";
import { getSiteSettings } from "@/lib/settings/queries";
import { listTermsForAdmin } from "@/lib/taxonomy/queries";

export const metadata: Metadata = { title: staffMessages().articles.title };

const selectClass = "border-line mt-1 block w-full rounded border bg-white px-2 py-1.5";

export default async function ArticlesPage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const actor = await requireAdminPage("article:create");
  const t = staffMessages();
  const statusOptions = [
    ["", t.articles.allButTrash],
    ...Object.entries(t.articleStatus).map(([status, { plural }]) => [status, plural] as const),
  ] as const;
  const raw = await searchParams;
  const first = (value: string | string[] | undefined) =>
    (Array.isArray(value) ? value[0] : value) || undefined;
  const filters = ArticleListFiltersSchema.parse(
    Object.fromEntries(Object.entries(raw).map(([key, value]) => [key, first(value)])),
  );
  const seesAll = can(actor, "article:editAny");
  const [list, terms, authors, settings] = await Promise.all([
    listArticlesForAdmin(actor, filters),
    listTermsForAdmin(actor),
    seesAll ? listArticleAuthors(actor) : [],
    getSiteSettings(),
  ]);
  const isPage = filters.kind === "PAGE";
  const hrefFor = (page: number) => {
    const query = new URLSearchParams();
    for (const [key, value] of Object.entries(filters)) {
      if (value !== undefined && value !== "" && key !== "page") query.set(key, String(value));
    }
    query.set("page", String(page));
    return `/admin/articles?${query.toString()}`;
  };
  const termSelect = (name: "category" | "tag" | "region", taxonomy: string, label: string) => (
    <label className="text-sm font-semibold">
      {label}
      <select name={name} defaultValue={filters[name] ?? ""} className={selectClass}>
        <option value="">{t.articles.any}</option>
        {terms
          .filter((t) => t.taxonomy === taxonomy)
          .map((t) => (
            <option key={t.id} value={t.id}>
              {t.name}
            </option>
          ))}
      </select>
    </label>
  );

  return (
    <>
      <PageHeader
        title={isPage ? t.articles.pagesTitle : t.articles.title}
        description={seesAll ? undefined : t.articles.ownOnly}
        actions={
          <Link
            href={`/admin/articles/new?kind=${filters.kind}`}
            className={buttonClass("primary")}
          >
            {isPage ? t.articles.newPage : t.articles.newArticle}
          </Link>
        }
      />
      {first(raw.deleted) ? <Flash>{t.articles.deleted}</Flash> : null}
      <form
        method="get"
        className="border-line mb-4 grid gap-3 rounded border bg-white p-4 sm:grid-cols-3 lg:grid-cols-4"
        role="search"
        aria-label={t.articles.filterLabel}
      >
        <input type="hidden" name="kind" value={filters.kind} />
        <label className="text-sm font-semibold">
          {t.articles.titleContains}
          <input type="search" name="q" defaultValue={filters.q ?? ""} className={selectClass} />
        </label>
        <label className="text-sm font-semibold">
          {t.articles.status}
          <select name="status" defaultValue={filters.status ?? ""} className={selectClass}>
            {statusOptions.map(([value, label]) => (
              <option key={value} value={value}>
                {label}
              </option>
            ))}
          </select>
        </label>
        {seesAll ? (
          <label className="text-sm font-semibold">
            {t.articles.author}
            <select name="author" defaultValue={filters.author ?? ""} className={selectClass}>
              <option value="">{t.articles.anyone}</option>
              {authors.map((a) => (
                <option key={a.id} value={a.id}>
                  {a.name}
                </option>
              ))}
            </select>
          </label>
        ) : null}
        {!isPage ? termSelect("category", "CATEGORY", t.articles.category) : null}
        {!isPage ? termSelect("tag", "TAG", t.articles.tag) : null}
        {termSelect("region", "REGION", t.articles.region)}
        <label className="text-sm font-semibold">
          {t.articles.sortBy}
          <select name="sort" defaultValue={filters.sort} className={selectClass}>
            <option value="updated">{t.articles.sortUpdated}</option>
            <option value="published">{t.articles.sortPublished}</option>
            <option value="title">{t.common.title}</option>
          </select>
        </label>
        <div className="flex items-end gap-2">
          <button type="submit" className={buttonClass("secondary")}>
            {t.common.filter}
          </button>
          <Link
            href={`/admin/articles?kind=${filters.kind}`}
            className="text-accent text-sm underline"
          >
            {t.common.clear}
          </Link>
        </div>
      </form>
      <p className="text-muted mb-2 text-sm" aria-live="polite">
        {t.articles.count(list.total)}
      </p>
      <BulkArticlesForm
        rows={list.rows.map((row) => ({
          id: row.id,
          title: row.title,
          status: row.status,
          isPrivate: row.isPrivate,
          authorName: row.author.name,
          publishedAt: row.publishedAt?.toISOString() ?? null,
          updatedAt: row.updatedAt.toISOString(),
          terms: row.terms.map((t) => t.name),
        }))}
        timeZone={settings.timeZone}
        canTrash={can(actor, "article:trash")}
        showingTrash={filters.status === "TRASH"}
      />
      <Pagination page={list.page} pageCount={list.pageCount} hrefFor={hrefFor} />
    </>
  );
}
