import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { Badge } from "@/components/admin/badge";
import { PageHeader } from "@/components/admin/page-header";
import { SessionList } from "@/components/admin/session-list";
import { requireAdminPage } from "@/lib/auth";
import { parseIdParam } from "@/lib/http/params";
import { staffMessages } from "@/lib/i18n/messages/staff";
import { getUserForAdmin } from "@/lib/users/queries";
import {
  ActiveForm,
  ResetLinkForm,
  RoleForm,
  TwoFactorResetForm,
} from "../_components/user-actions";

export const metadata: Metadata = { title: staffMessages().users.editTitle };

export default async function UserPage({ params }: { params: Promise<{ id: string }> }) {
  const actor = await requireAdminPage("user:manage");
  const id = parseIdParam((await params).id);
  const user = id ? await getUserForAdmin(actor, id) : null;
  if (!user) notFound();
  const t = staffMessages().users;
  return (
    <>
      <p className="mb-2 text-sm">
        <Link href="/admin/users" className="text-accent underline underline-offset-4">
          {t.allUsers}
        </Link>
      </p>
      <PageHeader
        title={user.name || user.email}
        description={
          <>
            <span className="break-all">{user.email}</span> · {t.roles[user.role]}{" "}
            {user.isActive ? null : <Badge tone="bad">{t.deactivated}</Badge>}
          </>
        }
      />
      <div className="grid max-w-3xl gap-6">
        <RoleForm user={user} />
        <ActiveForm user={user} />
        <ResetLinkForm user={user} />
        <TwoFactorResetForm user={user} self={user.id === actor.id} />
        <SessionList actor={actor} userId={user.id} />
      </div>
    </>
  );
}
