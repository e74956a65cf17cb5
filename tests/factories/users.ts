import { randomBytes } from "node:crypto";
import { expect } from "vitest";
import { hashPassword } from "@/lib/auth/password";
import type { Actor, Permission } from "@/lib/auth/permissions";
import { isAppError } from "@/lib/errors";
import type { PrismaClient } from "@/lib/generated/prisma/client";
import { Role } from "@/lib/generated/prisma/enums";
import { ROLE_TABLE } from "@/tests/fixtures/role-table";

const ROLES = Object.values(Role);
export const TEST_PASSWORD = "correct horse battery staple";

const unique = () => randomBytes(4).toString("hex");

// Hashing costs ~150 ms, so every factory user shares one hash of TEST_PASSWORD.
let testHash: Promise<string> | undefined;
const getTestHash = () => (testHash ??= hashPassword(TEST_PASSWORD));

export type TestUser = Actor & { isActive: boolean; sessionVersion: number };

/** A staff account whose password is TEST_PASSWORD. */
export async function createUser(
  db: PrismaClient,
  overrides: { role?: Role; email?: string; name?: string; isActive?: boolean } = {},
): Promise<TestUser> {
  const id = unique();
  return db.user.create({
    data: {
      email: overrides.email ?? `user-${id}@example.org`,
      name: overrides.name ?? `User ${id}`,
      role: overrides.role ?? "AUTHOR",
      isActive: overrides.isActive ?? true,
      passwordHash: await getTestHash(),
    },
    select: {
      id: true,
      email: true,
      name: true,
      role: true,
      isActive: true,
      sessionVersion: true,
    },
  });
}

export function toActor(user: TestUser): Actor {
  return { id: user.id, email: user.email, name: user.name, role: user.role };
}

/** One active account per role, as actors (for permission matrices). */
async function createActorsByRole(db: PrismaClient): Promise<Record<Role, Actor>> {
  const entries = await Promise.all(
    ROLES.map(async (role) => [role, toActor(await createUser(db, { role }))] as const),
  );
  return Object.fromEntries(entries) as Record<Role, Actor>;
}

/** Anonymous (null) plus one actor per role, labelled for test names. */
export async function createMatrixActors(
  db: PrismaClient,
): Promise<{ label: string; actor: Actor | null }[]> {
  const byRole = await createActorsByRole(db);
  return [
    { label: "anonymous", actor: null },
    ...ROLES.map((role) => ({ label: role, actor: byRole[role] })),
  ];
}

/** What the hand-written role table (not the code's map) says this actor may do. */
export function isAllowed(actor: Actor | null, permission: Permission): boolean {
  return !!actor && ROLE_TABLE[actor.role][permission];
}

/** Asserts that `promise` was refused with AppError FORBIDDEN. */
export async function expectForbidden(promise: Promise<unknown>): Promise<void> {
  const error = await promise.then(
    () => null,
    (e: unknown) => e,
  );
  expect(isAppError(error) && error.code, "expected AppError FORBIDDEN").toBe("FORBIDDEN");
}
