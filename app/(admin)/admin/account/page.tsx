import type { Metadata } from "next";
import Link from "next/link";
import { Flash } from "@/components/admin/form-message";
import { PageHeader } from "@/components/admin/page-header";
import { requireAdminPage } from "@/lib/auth";
import { staffMessages } from "@/lib/i18n/messages/staff";
import { ChangePasswordForm } from "./_components/change-password-form";

export const metadata: Metadata = { title: staffMessages().account.title };

export default async function AccountPage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const actor = await requireAdminPage();
  const { changed } = await searchParams;
  const t = staffMessages();
  return (
    <>
      <PageHeader
        title={t.account.heading}
        description={
          <>
            <span className="break-all">{actor.email}</span> · {t.users.roles[actor.role]}
          </>
        }
      />
      {changed ? (
        <div className="mb-6 max-w-lg">
          <Flash>{t.account.changed}</Flash>
        </div>
      ) : null}
      <ChangePasswordForm />
      <p className="mt-8 max-w-lg">
        <Link href="/admin/account/security" className="text-accent underline underline-offset-4">
          {t.twoFactor.title}
        </Link>{" "}
        · {t.account.securityLink}
      </p>
    </>
  );
}
