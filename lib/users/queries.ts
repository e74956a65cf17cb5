import "server-only";
import { getDb } from "@/lib/db";

export type UserListRow = {
  id: string;
  email: string;
  name: string;
  role: "ADMIN" | "EDITOR" | "AUTHOR" | "MODERATOR";
  isActive: boolean;
  createdAt: Date;
};

/** Every staff account for the users page: active first, then by email. */
export async function listUsers(): Promise<UserListRow[]> {
  return getDb().user.findMany({
    orderBy: [{ isActive: "desc" }, { email: "asc" }],
    select: { id: true, email: true, name: true, role: true, isActive: true, createdAt: true },
  });
}

/** One account for its admin page, or null when it does not exist. */
export async function getUserForAdmin(id: string): Promise<UserListRow | null> {
  return getDb().user.findUnique({
    where: { id },
    select: { id: true, email: true, name: true, role: true, isActive: true, createdAt: true },
  });
}
