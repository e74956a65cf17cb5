import type { Metadata } from "next";
import Link from "next/link";
import { Badge } from "@/components/admin/badge";
import { buttonClass } from "@/components/admin/button";
import { PageHeader } from "@/components/admin/page-header";
import { Table, Td, Th } from "@/components/admin/table";
import { requireAdminPage } from "@/lib/auth";
import { listPendingInvitations } from "@/lib/auth/invitations";
import { listSignInThrottles } from "@/lib/auth/throttles";
import { staffMessages } from "@/lib/i18n/messages/staff";
import { listUsers } from "@/lib/users/queries";
import { InvitationList } from "./_components/invitation-list";
import { ThrottleList } from "./_components/throttle-list";

export const metadata: Metadata = { title: staffMessages().users.title };

export default async function UsersPage() {
  const actor = await requireAdminPage("user:manage");
  const [users, invitations, throttles] = await Promise.all([
    listUsers(actor),
    listPendingInvitations(actor),
    listSignInThrottles(actor),
  ]);
  const t = staffMessages();
  const dateFormat = new Intl.DateTimeFormat(t.common.intl, { dateStyle: "medium" });
  return (
    <>
      <PageHeader
        title={t.users.title}
        description={t.users.description}
        actions={
          <Link href="/admin/users/new" className={buttonClass("primary")}>
            {t.invitations.invite}
          </Link>
        }
      />
      <Table caption={t.users.caption}>
        <thead>
          <tr>
            <Th>{t.common.email}</Th>
            <Th>{t.common.name}</Th>
            <Th>{t.common.role}</Th>
            <Th>{t.users.status}</Th>
            <Th>{t.users.created}</Th>
          </tr>
        </thead>
        <tbody>
          {users.map((user) => (
            <tr key={user.id}>
              <Td>
                <Link
                  href={`/admin/users/${user.id}`}
                  className="text-accent font-semibold break-all underline underline-offset-4"
                >
                  {user.email}
                </Link>
              </Td>
              <Td>{user.name}</Td>
              <Td>{t.users.roles[user.role]}</Td>
              <Td>
                {user.isActive ? (
                  <Badge tone="good">{t.users.active}</Badge>
                ) : (
                  <Badge tone="bad">{t.users.deactivated}</Badge>
                )}
              </Td>
              <Td>
                <time dateTime={user.createdAt.toISOString()}>
                  {dateFormat.format(user.createdAt)}
                </time>
              </Td>
            </tr>
          ))}
        </tbody>
      </Table>
      <InvitationList
        rows={invitations.map((invitation) => ({
          id: invitation.id,
          email: invitation.email,
          role: invitation.role,
          invitedBy: invitation.invitedBy?.email ?? null,
          expiresAt: invitation.expiresAt.toISOString(),
        }))}
      />
      <ThrottleList
        rows={throttles.map((throttle) => ({
          ...throttle,
          accountWaitUntil: throttle.accountWaitUntil?.toISOString() ?? null,
          addressesUntil: throttle.addressesUntil?.toISOString() ?? null,
        }))}
      />
    </>
  );
}
