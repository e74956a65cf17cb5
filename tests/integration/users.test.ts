import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { verifyPassword } from "@/lib/auth/password";
import { loadActor } from "@/lib/auth/service";
import { CreateUserSchema } from "@/lib/users/schemas";
import {
  changeUserRole,
  createUser as createUserService,
  setUserActive,
} from "@/lib/users/service";
import {
  createUserFromShell,
  listUsersForShell,
  resetPasswordFromShell,
  resetTwoFactorFromShell,
} from "@/lib/users/shell";
import { type TestDatabase, createTestDatabase } from "@/tests/setup/database";
import { createUser, toActor } from "@/tests/factories/users";
import type { Actor } from "@/lib/auth/permissions";

let database: TestDatabase;
let admin: Actor;

beforeAll(async () => {
  database = await createTestDatabase(inject("pgAdminUrl"), inject("templateDatabase"));
  process.env.DATABASE_URL = database.url;
  admin = toActor(await createUser(database.db, { role: "ADMIN" }));
});

afterAll(async () => {
  await database.drop();
});

const audits = (action: string, targetId: string) =>
  database.db.auditLog.findMany({ where: { action, targetId } });

describe("creating users", () => {
  it("stores the email lower-cased, and a generated password that works, shown once", async () => {
    const input = CreateUserSchema.parse({
      email: "  New.Editor@Example.ORG ",
      name: "New editor",
      role: "EDITOR",
      password: "",
    });
    const created = await createUserService(admin, input);
    expect(created.email).toBe("new.editor@example.org");
    expect(created.generatedPassword).toMatch(/^[\w-]{24}$/);
    const row = await database.db.user.findUniqueOrThrow({ where: { id: created.id } });
    expect(row).toMatchObject({ role: "EDITOR", isActive: true, name: "New editor" });
    expect(await verifyPassword(created.generatedPassword!, row.passwordHash)).toBe(true);
    expect(await audits("user.create", created.id)).toHaveLength(1);
  });

  it("uses the given password and refuses a second account with the same email in any case", async () => {
    const input = CreateUserSchema.parse({
      email: "dup@example.org",
      role: "AUTHOR",
      password: "twelve chars ok",
    });
    const created = await createUserService(admin, input);
    expect(created.generatedPassword).toBeNull();
    await expect(
      createUserService(admin, { ...input, email: "dup@example.org" }),
    ).rejects.toMatchObject({
      code: "CONFLICT",
      message: "An account with the email dup@example.org already exists.",
    });
    expect(await database.db.user.count({ where: { email: "dup@example.org" } })).toBe(1);
  });

  it("rejects bad input with messages for each field", () => {
    const result = CreateUserSchema.safeParse({
      email: "not-an-email",
      role: "OWNER",
      password: "short",
    });
    expect(result.success).toBe(false);
    const fields = result.error!.issues.map((issue) => issue.path.join("."));
    expect(fields).toEqual(expect.arrayContaining(["email", "role", "password"]));
  });
});

describe("roles and access", () => {
  it("changing a role ends the person's sessions and is audited", async () => {
    const user = await createUser(database.db, { role: "AUTHOR" });
    await changeUserRole(admin, { userId: user.id, role: "EDITOR" });
    expect(await loadActor(user.id, user.sessionVersion)).toBeNull();
    expect(await loadActor(user.id, user.sessionVersion + 1)).toMatchObject({ role: "EDITOR" });
    const [entry] = await audits("user.role_change", user.id);
    expect(entry?.summary).toBe(`Changed ${user.email} from author to editor`);
  });

  it("deactivating ends the sessions and blocks sign-in; reactivating lets the person back", async () => {
    const user = await createUser(database.db, { role: "MODERATOR" });
    await setUserActive(admin, { userId: user.id, isActive: false });
    expect(await loadActor(user.id, user.sessionVersion)).toBeNull();
    expect(await loadActor(user.id, user.sessionVersion + 1)).toBeNull();
    await setUserActive(admin, { userId: user.id, isActive: true });
    expect(await loadActor(user.id, user.sessionVersion + 2)).toMatchObject({ id: user.id });
    expect(await audits("user.deactivate", user.id)).toHaveLength(1);
    expect(await audits("user.reactivate", user.id)).toHaveLength(1);
  });

  it("a form naming an account that no longer exists gets a clear message", async () => {
    await expect(changeUserRole(admin, { userId: "gone", role: "EDITOR" })).rejects.toMatchObject({
      code: "NOT_FOUND",
      message: "That account no longer exists.",
    });
  });

  it("nobody can deactivate their own account", async () => {
    await expect(setUserActive(admin, { userId: admin.id, isActive: false })).rejects.toMatchObject(
      { code: "CONFLICT", message: "You cannot deactivate your own account." },
    );
  });
});

describe("the last active administrator", () => {
  it("cannot be demoted or deactivated; with a second admin, the first can", async () => {
    // Make `admin` the only active administrator.
    await database.db.user.updateMany({
      where: { role: "ADMIN", id: { not: admin.id } },
      data: { isActive: false },
    });
    const other = toActor(await createUser(database.db, { role: "EDITOR" }));
    await database.db.user.update({ where: { id: other.id }, data: { role: "ADMIN" } });
    const otherAdmin: Actor = { ...other, role: "ADMIN" };
    await setUserActive(admin, { userId: other.id, isActive: false });

    await expect(
      changeUserRole(otherAdmin, { userId: admin.id, role: "EDITOR" }),
    ).rejects.toMatchObject({
      code: "CONFLICT",
      message: expect.stringContaining("last active administrator") as string,
    });
    await expect(
      setUserActive(otherAdmin, { userId: admin.id, isActive: false }),
    ).rejects.toMatchObject({ code: "CONFLICT" });
    expect(await database.db.user.findUniqueOrThrow({ where: { id: admin.id } })).toMatchObject({
      role: "ADMIN",
      isActive: true,
    });

    await setUserActive(admin, { userId: other.id, isActive: true });
    await changeUserRole(otherAdmin, { userId: admin.id, role: "EDITOR" });
    expect(await database.db.user.findUniqueOrThrow({ where: { id: admin.id } })).toMatchObject({
      role: "EDITOR",
    });
    await changeUserRole(otherAdmin, { userId: admin.id, role: "ADMIN" });
  });
});

describe("the user command line", () => {
  it("creates an account, resets its password and lists it", async () => {
    const created = await createUserFromShell(database.db, {
      email: "Shell@Example.org",
      role: "admin",
    });
    expect(created).toMatchObject({ email: "shell@example.org", role: "ADMIN" });
    expect(created.generatedPassword).toBeTruthy();
    await expect(
      createUserFromShell(database.db, { email: "shell@example.org", role: "ADMIN" }),
    ).rejects.toThrow(/already exists/);
    await expect(
      createUserFromShell(database.db, { email: "x@example.org", role: "OWNER" }),
    ).rejects.toThrow(/--role/);

    await database.db.user.update({
      where: { email: "shell@example.org" },
      data: { isActive: false },
    });
    const reset = await resetPasswordFromShell(database.db, {
      email: "shell@example.org",
      password: "a new shell password",
    });
    expect(reset.generatedPassword).toBeNull();
    const row = await database.db.user.findUniqueOrThrow({ where: { email: "shell@example.org" } });
    expect(row.isActive).toBe(true);
    expect(await verifyPassword("a new shell password", row.passwordHash)).toBe(true);
    await expect(
      resetPasswordFromShell(database.db, { email: "none@example.org" }),
    ).rejects.toThrow(/No account/);
    const listed = await listUsersForShell(database.db);
    expect(listed.map((u) => u.email)).toContain("shell@example.org");
  });

  it("removes a locked-out account's second factors from the command line", async () => {
    const user = await createUser(database.db, { role: "ADMIN" });
    await database.db.totpCredential.create({
      data: { userId: user.id, secret: "JBSWY3DPEHPK3PXP", confirmedAt: new Date() },
    });
    await database.db.recoveryCode.create({ data: { userId: user.id, codeHash: "x" } });
    await resetTwoFactorFromShell(database.db, { email: user.email.toUpperCase() });
    expect(await database.db.totpCredential.count({ where: { userId: user.id } })).toBe(0);
    expect(await database.db.recoveryCode.count({ where: { userId: user.id } })).toBe(0);
    const row = await database.db.user.findUniqueOrThrow({ where: { id: user.id } });
    expect(row.sessionVersion).toBe(user.sessionVersion + 1);
    expect(await audits("user.two_factor_reset", user.id)).toHaveLength(1);
    await expect(
      resetTwoFactorFromShell(database.db, { email: "none@example.org" }),
    ).rejects.toThrow(/No account/);
  });
});
