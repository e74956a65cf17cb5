import type { Metadata } from "next";
import Link from "next/link";
import { Badge } from "@/components/admin/badge";
import { buttonClass } from "@/components/admin/button";
import { PageHeader } from "@/components/admin/page-header";
import { Table, Td, Th } from "@/components/admin/table";
import { requireAdminPage } from "@/lib/auth";
import { listSignInThrottles } from "@/lib/auth/throttles";
import { listUsers } from "@/lib/users/queries";
import { ThrottleList } from "./_components/throttle-list";
import { ROLE_LABELS } from "@/lib/users/schemas";

export const metadata: Metadata = { title: "Users" };

const dateFormat = new Intl.DateTimeFormat("en-GB", { dateStyle: "medium" });

export default async function UsersPage() {
  const actor = await requireAdminPage("user:manage");
  const [users, throttles] = await Promise.all([listUsers(actor), listSignInThrottles(actor)]);
  return (
    <>
      <PageHeader
        title="Users"
        description="Staff accounts and what each may do."
        actions={
          <Link href="/admin/users/new" className={buttonClass("primary")}>
            Add a user
          </Link>
        }
      />
      <Table caption="Staff accounts">
        <thead>
          <tr>
            <Th>Email</Th>
            <Th>Name</Th>
            <Th>Role</Th>
            <Th>Status</Th>
            <Th>Created</Th>
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
              <Td>{ROLE_LABELS[user.role]}</Td>
              <Td>
                {user.isActive ? (
                  <Badge tone="good">Active</Badge>
                ) : (
                  <Badge tone="bad">Deactivated</Badge>
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
