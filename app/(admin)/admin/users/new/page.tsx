import type { Metadata } from "next";
import { PageHeader } from "@/components/admin/page-header";
import { requireAdminPage } from "@/lib/auth";
import { CreateUserForm } from "../_components/create-user-form";

export const metadata: Metadata = { title: "Add a user" };

export default async function NewUserPage() {
  await requireAdminPage("user:manage");
  return (
    <>
      <PageHeader title="Add a user" />
      <CreateUserForm />
    </>
  );
}
