import type { Metadata } from "next";
import { Flash } from "@/components/admin/form-message";
import { PageHeader } from "@/components/admin/page-header";
import { requireAdminPage } from "@/lib/auth";
import { ROLE_LABELS } from "@/lib/users/schemas";
import { ChangePasswordForm } from "./_components/change-password-form";

export const metadata: Metadata = { title: "Account" };

export default async function AccountPage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const actor = await requireAdminPage();
  const { changed } = await searchParams;
  return (
    <>
      <PageHeader
        title="Your account"
        description={
          <>
            <span className="break-all">{actor.email}</span> · {ROLE_LABELS[actor.role]}
          </>
        }
      />
      {changed ? (
        <div className="mb-6 max-w-lg">
          <Flash>Your password is changed. Your other sessions have been signed out.</Flash>
        </div>
      ) : null}
      <ChangePasswordForm />
    </>
  );
}
