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

/** One account for its admin page, or null when it does not exist (user:manage). */
export async function getUserForAdmin(actor: Actor, id: string): Promise<UserListRow | null> {
  assertCan(actor, "user:manage");
  return getDb().user.findUnique({
    where: { id },
    select: { id: true, email: true, name: true, role: true, isActive: true, createdAt: true },
  });
}
