import type { Metadata } from "next";
import Link from "next/link";
import { PageHeader } from "@/components/admin/page-header";
import { requireAdminPage } from "@/lib/auth";
import { readBadgeForEditing } from "@/lib/badge/staff-queries";
import { staffMessages } from "@/lib/i18n/messages/staff";
import { getSiteSettings } from "@/lib/settings/queries";
import { badgePath } from "@/lib/urls";
import { BadgeForm } from "./_components/badge-form";

export const metadata: Metadata = { title: staffMessages().badge.title };

/** The frames readers put around their own photo on /badge, one per language, and the hashtag. */
export default async function BadgeSettingsPage() {
  const actor = await requireAdminPage("setting:manage");
  const t = staffMessages().badge;
  const [{ settings, options }, site] = await Promise.all([
    readBadgeForEditing(actor),
    getSiteSettings(),
  ]);
  return (
    <>
      <PageHeader
        title={t.title}
        description={t.description}
        actions={
          <Link href={badgePath()} className="text-sm underline">
            {t.viewPage}
          </Link>
        }
      />
      <BadgeForm
        settings={settings}
        options={options}
        languages={site.languages}
        defaultLanguage={site.defaultLanguage}
      />
    </>
  );
}
