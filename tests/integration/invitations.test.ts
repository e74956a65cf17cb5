import { mkdtempSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import nodemailer from "nodemailer";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import {
  INVITATION_TTL_MS,
  acceptInvitation,
  findUsableInvitation,
  hashToken,
  inviteStaff,
  listPendingInvitations,
  revokeInvitation,
} from "@/lib/auth/invitations";
import { InviteSchema } from "@/lib/auth/invitations-schemas";
import { verifyPassword } from "@/lib/auth/password";
import type { Actor } from "@/lib/auth/permissions";
import { setMailTransport } from "@/lib/mail";
import { createUser, expectForbidden, toActor } from "@/tests/factories/users";
import { type TestDatabase, createTestDatabase } from "@/tests/setup/database";
import { linksIn, readMailbox, startMailServer, waitForMail } from "@/tests/setup/smtp";

process.env.AUTH_SECRET ??= "integration-test-secret-0123456789abcdef";

let database: TestDatabase;
let admin: Actor;
let mailDir: string;
let server: Awaited<ReturnType<typeof startMailServer>>;
const PASSWORD = "a fine long password";

beforeAll(async () => {
  database = await createTestDatabase(inject("pgAdminUrl"), inject("templateDatabase"));
  process.env.DATABASE_URL = database.url;
  admin = toActor(await createUser(database.db, { role: "ADMIN" }));
  mailDir = mkdtempSync(path.join(os.tmpdir(), "invitations-mail-"));
  server = await startMailServer(mailDir);
  setMailTransport(nodemailer.createTransport(server.url));
});

afterAll(async () => {
  setMailTransport(undefined);
  await server.stop();
  rmSync(mailDir, { recursive: true, force: true });
  await database.drop();
});

/** Invites `email` and returns the token from the link in the mail it received. */
async function invite(email: string, now = new Date(), count = 1): Promise<string> {
  const input = InviteSchema.parse({ email, name: "Invited Person", role: "EDITOR" });
  expect(await inviteStaff(admin, input, now)).toEqual({ email, mailed: true });
  const mails = await waitForMail(mailDir, email, /invitation/, { count });
  const link = linksIn(mails.at(-1)!).find((url) => url.includes("/invite/"))!;
  return decodeURIComponent(new URL(link).pathname.split("/").at(-1)!);
}

const audits = (action: string) => database.db.auditLog.findMany({ where: { action } });

describe("invitations", () => {
  it("mails a link whose token is stored only as its SHA-256 hash, with a 72-hour expiry", async () => {
    const now = new Date();
    const token = await invite("hashed@example.org", now);
    expect(Buffer.from(token, "base64url")).toHaveLength(32);
    const row = await database.db.invitation.findFirstOrThrow({
      where: { email: "hashed@example.org" },
    });
    expect(row.tokenHash).toBe(hashToken(token));
    expect(JSON.stringify(row)).not.toContain(token);
    expect(row).toMatchObject({ role: "EDITOR", name: "Invited Person", invitedById: admin.id });
    expect(row.expiresAt.getTime() - now.getTime()).toBe(INVITATION_TTL_MS);
    expect((await audits("user.invite")).some((a) => a.targetId === row.id)).toBe(true);
  });

  it("creates the account with the chosen password, once; the same link again is refused", async () => {
    const token = await invite("accept@example.org");
    expect(
      await acceptInvitation({ token, password: PASSWORD, confirmPassword: PASSWORD }),
    ).toMatchObject({ email: "accept@example.org" });
    const user = await database.db.user.findUniqueOrThrow({
      where: { email: "accept@example.org" },
    });
    expect(user).toMatchObject({ role: "EDITOR", name: "Invited Person", isActive: true });
    expect(await verifyPassword(PASSWORD, user.passwordHash)).toBe(true);
    expect(await findUsableInvitation(token)).toBeNull();
    await expect(
      acceptInvitation({ token, password: PASSWORD, confirmPassword: PASSWORD }),
    ).rejects.toMatchObject({ code: "INVALID" });
    expect(await database.db.user.count({ where: { email: "accept@example.org" } })).toBe(1);
    expect((await audits("user.invitation_accept")).some((a) => a.targetId === user.id)).toBe(true);
  });

  it("refuses an expired link and an unknown one with the same message", async () => {
    const issued = new Date(Date.now() - INVITATION_TTL_MS - 1000);
    const token = await invite("expired@example.org", issued);
    expect(await findUsableInvitation(token)).toBeNull();
    expect(await findUsableInvitation(token, new Date(issued.getTime() + 1000))).not.toBeNull();
    const expired = await acceptInvitation({
      token,
      password: PASSWORD,
      confirmPassword: PASSWORD,
    }).catch((e: unknown) => e);
    const unknown = await acceptInvitation({
      token: "not-a-real-token",
      password: PASSWORD,
      confirmPassword: PASSWORD,
    }).catch((e: unknown) => e);
    expect(expired).toMatchObject({ code: "INVALID" });
    expect((unknown as Error).message).toBe((expired as Error).message);
    expect(await database.db.user.count({ where: { email: "expired@example.org" } })).toBe(0);
  });

  it("re-inviting a pending address replaces the old link; an existing account is refused", async () => {
    const first = await invite("again@example.org");
    const second = await invite("again@example.org", new Date(), 2);
    expect(await findUsableInvitation(first)).toBeNull();
    expect(await findUsableInvitation(second)).not.toBeNull();
    expect(await database.db.invitation.count({ where: { email: "again@example.org" } })).toBe(1);

    const existing = await createUser(database.db);
    await expect(
      inviteStaff(admin, InviteSchema.parse({ email: existing.email, role: "AUTHOR" })),
    ).rejects.toMatchObject({
      code: "CONFLICT",
      field: "email",
      message: `An account with the email ${existing.email} already exists.`,
    });
  });

  it("lists pending invitations, and a revoked one's link stops working", async () => {
    const token = await invite("revoke@example.org");
    const pending = await listPendingInvitations(admin);
    const row = pending.find((p) => p.email === "revoke@example.org")!;
    expect(row).toMatchObject({ role: "EDITOR", invitedBy: { email: admin.email } });
    expect(pending.some((p) => p.email === "accept@example.org")).toBe(false);
    expect(await revokeInvitation(admin, row.id)).toBe("revoke@example.org");
    expect(await findUsableInvitation(token)).toBeNull();
    await expect(revokeInvitation(admin, row.id)).rejects.toMatchObject({ code: "NOT_FOUND" });
    expect((await audits("user.invitation_revoke")).some((a) => a.targetId === row.id)).toBe(true);
  });

  it("an editor can neither invite, list nor revoke", async () => {
    const editor = toActor(await createUser(database.db, { role: "EDITOR" }));
    const before = (await readMailbox(mailDir)).length;
    await expectForbidden(
      inviteStaff(editor, InviteSchema.parse({ email: "by-editor@example.org", role: "ADMIN" })),
    );
    await expectForbidden(listPendingInvitations(editor));
    await expectForbidden(revokeInvitation(editor, "any"));
    expect(await database.db.invitation.count({ where: { email: "by-editor@example.org" } })).toBe(
      0,
    );
    expect((await readMailbox(mailDir)).length).toBe(before);
  });
});
