import type { Metadata } from "next";
import { PageHeader } from "@/components/admin/page-header";
import { requireAdminPage } from "@/lib/auth";
import { staffMessages } from "@/lib/i18n/messages/staff";
import { CreateUserForm } from "../_components/create-user-form";

export const metadata: Metadata = { title: staffMessages().users.add };

export default async function NewUserPage() {
  await requireAdminPage("user:manage");
  return (
    <>
      <PageHeader title={staffMessages().users.add} />
      <CreateUserForm />
    </>
  );
}
