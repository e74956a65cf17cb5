import type { Metadata } from "next";
import { Flash } from "@/components/admin/form-message";
import { MediaItem } from "@/app/(admin)/admin/media/_components/media-item";
import { UploadForm } from "@/app/(admin)/admin/media/_components/upload-form";
import { PageHeader } from "@/components/admin/page-header";
import { Pagination } from "@/components/admin/pagination";
import { EmptyState } from "@/components/admin/table";
import { requireAdminPage } from "@/lib/auth";
import { can } from "@/lib/auth/permissions";
import { getEnv } from "@/lib/env";
import { takeFlash } from "@/lib/http/flash";
import { staffMessages } from "@/lib/i18n/messages/staff";
import { formatBytes } from "@/lib/media/processing";
import { imageSources, listMediaForAdmin } from "@/lib/media/queries";

export const metadata: Metadata = { title: staffMessages().media.title };

export default async function MediaPage({
  searchParams,
}: {
  searchParams: Promise<{ page?: string; q?: string }>;
}) {
  const actor = await requireAdminPage("media:upload");
  const t = staffMessages().media;
  const [query, flash] = await Promise.all([searchParams, takeFlash()]);
  const page = Math.max(1, Number.parseInt(query.page ?? "1", 10) || 1);
  const q = query.q?.slice(0, 200) || undefined;
  const library = await listMediaForAdmin(actor, { q, page });
  const canManage = can(actor, "media:manage");
  return (
    <>
      <PageHeader title={t.title} description={t.description} />
      <div className="space-y-6">
        {flash?.tone === "done" ? <Flash>{flash.text}</Flash> : null}
        {flash?.tone === "error" ? (
          <p
            role="alert"
            className="border-accent text-accent-dark rounded border-l-4 bg-red-50 p-3"
          >
            {flash.text}
          </p>
        ) : null}
        <UploadForm maxLabel={formatBytes(getEnv().MEDIA_MAX_BYTES)} />
        <form
          method="get"
          role="search"
          aria-label={t.searchLabel}
          className="flex flex-wrap items-end gap-2"
        >
          <label className="min-w-0 flex-1 text-sm font-semibold sm:flex-none">
            {t.nameOrAlt}
            <input
              type="search"
              name="q"
              defaultValue={q ?? ""}
              className="border-line mt-1 block w-full rounded border bg-white px-3 py-2"
            />
          </label>
          <button
            type="submit"
            className="border-line rounded border bg-white px-4 py-2 text-sm font-semibold"
          >
            {t.search}
          </button>
        </form>
        {library.items.length === 0 ? (
          <EmptyState>{t.empty}</EmptyState>
        ) : (
          <ul className="grid gap-4 sm:grid-cols-2 lg:grid-cols-3 xl:grid-cols-4">
            {library.items.map((item) => {
              const sources = imageSources(item);
              return (
                <MediaItem
                  key={`${item.id}`}
                  item={{
                    id: item.id,
                    src: sources.src,
                    srcSet: sources.srcSet,
                    originalName: item.originalName,
                    altText: item.altText,
                    credit: item.credit,
                    details: [
                      item.width && item.height ? `${item.width}×${item.height}` : null,
                      formatBytes(item.byteSize),
                      item.uploaderName ? t.uploadedBy(item.uploaderName) : null,
                    ]
                      .filter(Boolean)
                      .join(" · "),
                    coverCount: item.coverCount,
                    canEdit: canManage || item.uploadedById === actor.id,
                    canDelete: canManage,
                  }}
                />
              );
            })}
          </ul>
        )}
        <Pagination
          page={library.page}
          pageCount={library.pageCount}
          hrefFor={(p) => `/admin/media?page=${p}${q ? `&q=${encodeURIComponent(q)}` : ""}`}
        />
      </div>
    </>
  );
}
