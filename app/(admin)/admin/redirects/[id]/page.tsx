import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { EditRedirectForm } from "@/app/(admin)/admin/redirects/_components/redirect-forms";
import { readablePath, toListRow } from "@/app/(admin)/admin/redirects/_components/redirect-row";
import { Badge } from "@/components/admin/badge";
import { DeleteSection } from "@/components/admin/confirm-delete-form";
import { PageHeader } from "@/components/admin/page-header";
import { requireAdminPage } from "@/lib/auth";
import { parseIdParam } from "@/lib/http/params";
import { staffMessages } from "@/lib/i18n/messages/staff";
import { deleteRedirectAction } from "@/lib/redirects/actions";
import { getRedirectForAdmin } from "@/lib/redirects/queries";

export const metadata: Metadata = { title: staffMessages().redirects.editTitle };

export default async function EditRedirectPage({ params }: { params: Promise<{ id: string }> }) {
  const actor = await requireAdminPage("redirect:manage");
  const id = parseIdParam((await params).id);
  const redirect = id ? await getRedirectForAdmin(actor, id) : null;
  if (!redirect) notFound();
  const t = staffMessages();
  const r = t.redirects;
  const row = toListRow(redirect);
  return (
    <>
      <p className="mb-2 text-sm">
        <Link href="/admin/redirects" className="text-accent underline underline-offset-4">
          {r.allRedirects}
        </Link>
      </p>
      <PageHeader
        title={r.editTitle}
        description={
          <>
            <span className="font-mono break-all">{redirect.fromPath}</span> ·{" "}
            {r.sources[redirect.source]} · {r.hits}: {redirect.hits.toLocaleString(t.common.intl)}
          </>
        }
      />
      <div className="grid max-w-3xl gap-6">
        <p>
          {r.current}: {row.targetLabel ? <>{row.targetLabel} </> : null}
          <a href={row.targetPath} className="font-mono text-sm break-all underline">
            {row.targetText}
          </a>{" "}
          {row.isTargetPublic ? null : <Badge tone="warn">{r.notPublished}</Badge>}
        </p>
        <EditRedirectForm id={redirect.id} target={readablePath(redirect.target.path)} />
        <DeleteSection
          id="delete-redirect"
          heading={r.deleteHeading}
          note={r.deleteNote}
          action={deleteRedirectAction}
          fields={{ id: redirect.id }}
          question={r.confirmDelete(redirect.fromPath)}
          label={t.common.delete}
        />
      </div>
    </>
  );
}
