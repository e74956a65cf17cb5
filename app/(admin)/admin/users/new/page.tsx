import type { Metadata } from "next";
import { PageHeader } from "@/components/admin/page-header";
import { requireAdminPage } from "@/lib/auth";
import { staffMessages } from "@/lib/i18n/messages/staff";
import { InviteForm } from "../_components/invite-form";

export const metadata: Metadata = { title: staffMessages().invitations.invite };

export default async function InviteUserPage() {
  await requireAdminPage("user:manage");
  return (
    <>
      <PageHeader title={staffMessages().invitations.invite} />
      <InviteForm />
    </>
  );
}
