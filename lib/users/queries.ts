import "server-only";
import { type Actor, assertCan } from "@/lib/auth/permissions";
import { getDb } from "@/lib/db";

export type UserListRow = {
  id: string;
  email: string;
  name: string;
  role: "ADMIN" | "EDITOR" | "AUTHOR" | "MODERATOR";
  isActive: boolean;
  createdAt: Date;
};

/** Every staff account for the users page: active first, then by email (user:manage). */
export async function listUsers(actor: Actor): Promise<UserListRow[]> {
  assertCan(actor, "user:manage");
  return getDb().user.findMany({
    orderBy: [{ isActive: "desc" }, { email: "asc" }],
    select: { id: true, email: true, name: true, role: true, isActive: true, createdAt: true },
  });
}

type UserForAdmin = UserListRow & {
  /** An authenticator app, security keys or recovery codes that an admin could reset. */
  hasSecondFactor: boolean;
};

/** One account for its admin page, or null when it does not exist (user:manage). */
export async function getUserForAdmin(actor: Actor, id: string): Promise<UserForAdmin | null> {
  assertCan(actor, "user:manage");
  const user = await getDb().user.findUnique({
    where: { id },
    select: {
      id: true,
      email: true,
      name: true,
      role: true,
      isActive: true,
      createdAt: true,
      totp: { select: { confirmedAt: true } },
      _count: { select: { securityKeys: true, recoveryCodes: true } },
    },
  });
  if (!user) return null;
  const { totp, _count, ...row } = user;
  return {
    ...row,
    hasSecondFactor: !!totp?.confirmedAt || _count.securityKeys > 0 || _count.recoveryCodes > 0,
  };
}
