import type { Metadata } from "next";
import Link from "next/link";
import { BulkArticlesForm } from "@/app/(admin)/admin/articles/_components/bulk-articles-form";
import { buttonClass } from "@/components/admin/button";
import { Flash } from "@/components/admin/form-message";
import { PageHeader } from "@/components/admin/page-header";
import { Pagination } from "@/components/admin/pagination";
import { listArticleAuthors, listArticlesForAdmin } from "@/lib/articles/admin-queries";
import { ArticleListFiltersSchema } from "@/lib/articles/schemas";
import { ARTICLE_STATUS } from "@/lib/articles/status";
import { requireAdminPage } from "@/lib/auth";
import { can } from "@/lib/auth/permissions";
import { getSiteSettings } from "@/lib/settings/queries";
import { listTermsForAdmin } from "@/lib/taxonomy/queries";

export const metadata: Metadata = { title: "Articles" };

const STATUS_OPTIONS = [
  ["", "All but trash"],
  ...(Object.entries(ARTICLE_STATUS) as [string, { plural: string }][]).map(
    ([status, { plural }]) => [status, plural] as const,
  ),
] as const;

const selectClass = "border-line mt-1 block w-full rounded border bg-white px-2 py-1.5";

export default async function ArticlesPage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const actor = await requireAdminPage("article:create");
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
        <option value="">Any</option>
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
        title={isPage ? "Background pages" : "Articles"}
        description={seesAll ? undefined : "Your own articles."}
        actions={
          <Link
            href={`/admin/articles/new?kind=${filters.kind}`}
            className={buttonClass("primary")}
          >
            {isPage ? "New page" : "New article"}
          </Link>
        }
      />
      {first(raw.deleted) ? <Flash>The article was deleted permanently.</Flash> : null}
      <form
        method="get"
        className="border-line mb-4 grid gap-3 rounded border bg-white p-4 sm:grid-cols-3 lg:grid-cols-4"
        role="search"
        aria-label="Filter articles"
      >
        <input type="hidden" name="kind" value={filters.kind} />
        <label className="text-sm font-semibold">
          Title contains
          <input type="search" name="q" defaultValue={filters.q ?? ""} className={selectClass} />
        </label>
        <label className="text-sm font-semibold">
          Status
          <select name="status" defaultValue={filters.status ?? ""} className={selectClass}>
            {STATUS_OPTIONS.map(([value, label]) => (
              <option key={value} value={value}>
                {label}
              </option>
            ))}
          </select>
        </label>
        {seesAll ? (
          <label className="text-sm font-semibold">
            Author
            <select name="author" defaultValue={filters.author ?? ""} className={selectClass}>
              <option value="">Anyone</option>
              {authors.map((a) => (
                <option key={a.id} value={a.id}>
                  {a.name}
                </option>
              ))}
            </select>
          </label>
        ) : null}
        {!isPage ? termSelect("category", "CATEGORY", "Category") : null}
        {!isPage ? termSelect("tag", "TAG", "Tag") : null}
        {termSelect("region", "REGION", "Region")}
        <label className="text-sm font-semibold">
          Sort by
          <select name="sort" defaultValue={filters.sort} className={selectClass}>
            <option value="updated">Last updated</option>
            <option value="published">Publication date</option>
            <option value="title">Title</option>
          </select>
        </label>
        <div className="flex items-end gap-2">
          <button type="submit" className={buttonClass("secondary")}>
            Filter
          </button>
          <Link
            href={`/admin/articles?kind=${filters.kind}`}
            className="text-accent text-sm underline"
          >
            Clear
          </Link>
        </div>
      </form>
      <p className="text-muted mb-2 text-sm" aria-live="polite">
        {list.total} {list.total === 1 ? "item" : "items"}
      </p>
      <BulkArticlesForm
        rows={list.rows.map((row) => ({
          id: row.id,
          title: row.title,
          status: row.status,
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
