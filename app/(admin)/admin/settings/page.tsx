import type { Metadata } from "next";
import { PageHeader } from "@/components/admin/page-header";
import { requireAdminPage } from "@/lib/auth";
import { staffMessages } from "@/lib/i18n/messages/staff";
import { iconVersion } from "@/lib/icons/images";
import { iconPath } from "@/lib/urls";
import {
  readMirrorSettingsForEditing,
  readSecuritySettingsForEditing,
  readSettingsForEditing,
} from "@/lib/settings/service";
import { CommentSettingsForm, LogoForm, SiteSettingsForm } from "./_components/settings-forms";
import { LanguageSettingsForm } from "./_components/language-settings-form";
import { MirrorSettingsForm } from "./_components/mirror-settings-form";
import { SecuritySettingsForm } from "./_components/security-settings-form";

export const metadata: Metadata = { title: staffMessages().settings.title };

export default async function SettingsPage() {
  const actor = await requireAdminPage("setting:manage");
  const [{ site, comments }, mirrors, security] = await Promise.all([
    readSettingsForEditing(actor),
    readMirrorSettingsForEditing(actor),
    readSecuritySettingsForEditing(actor),
  ]);
  const version = await iconVersion(site);
  const t = staffMessages().settings;
  return (
    <>
      <PageHeader title={t.title} description={t.description} />
      <div className="grid max-w-3xl gap-8">
        <SiteSettingsForm settings={site} timeZones={Intl.supportedValuesOf("timeZone")} />
        <LanguageSettingsForm settings={site} />
        <LogoForm iconSrc={iconPath(version, 192)} hasLogo={!!site.logoMediaId} />
        <CommentSettingsForm settings={comments} />
        <MirrorSettingsForm settings={mirrors} />
        <SecuritySettingsForm policy={security.twoFactorRequiredFor} />
      </div>
    </>
  );
}
