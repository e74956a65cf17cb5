import { mkdtempSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import nodemailer from "nodemailer";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { endSessionLink } from "@/lib/auth/new-device";
import { findResetAccount } from "@/lib/auth/password-reset";
import type { Actor } from "@/lib/auth/permissions";
import { loadActor } from "@/lib/auth/service";
import { endSessionWithLink, findLinkedSession } from "@/lib/auth/session-end-link";
import {
  endOwnSessionsAction,
  endSessionWithLinkAction,
  endUserSessionsAction,
} from "@/lib/auth/sessions-actions";
import {
  describeUserAgent,
  endUserSessions,
  listSessions,
  sessionIsLive,
  startSession,
} from "@/lib/auth/sessions";
import { resetSecondFactor } from "@/lib/auth/two-factor/admin-reset";
import { setMailTransport } from "@/lib/mail";
import { runAsActor } from "@/lib/server-action";
import { sendPasswordResetLink } from "@/lib/users/service";
import { createUser, expectForbidden, toActor } from "@/tests/factories/users";
import { type TestDatabase, createTestDatabase } from "@/tests/setup/database";
import { linksIn, readMailbox, startMailServer, waitForMail } from "@/tests/setup/smtp";

process.env.AUTH_SECRET ??= "integration-test-secret-0123456789abcdef";

const FIREFOX = "Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:128.0) Gecko/20100101 Firefox/128.0";
const SAFARI =
  "Mozilla/5.0 (iPhone; CPU iPhone OS 17_5 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.5 Mobile/15E148 Safari/604.1";

let database: TestDatabase;
let admin: Actor;
let mailDir: string;
let server: Awaited<ReturnType<typeof startMailServer>>;

beforeAll(async () => {
  database = await createTestDatabase(inject("pgAdminUrl"), inject("templateDatabase"));
  process.env.DATABASE_URL = database.url;
  mailDir = mkdtempSync(path.join(os.tmpdir(), "sessions-mail-"));
  server = await startMailServer(mailDir);
  setMailTransport(nodemailer.createTransport(server.url));
  const adminUser = await createUser(database.db, { role: "ADMIN" });
  admin = { ...toActor(adminUser), sessionId: await signedIn(adminUser.id) };
});

afterAll(async () => {
  setMailTransport(undefined);
  await server.stop();
  rmSync(mailDir, { recursive: true, force: true });
  await database.drop();
});

/** A session row as a finished sign-in starts it, for the account's current version. */
async function signedIn(userId: string, userAgent = FIREFOX, method = ""): Promise<string> {
  const { sessionVersion: version } = await database.db.user.findUniqueOrThrow({
    where: { id: userId },
  });
  return startSession(database.db, { userId, version, userAgent, deviceHash: "", method });
}

/** A user signed in on three browsers; the actor is the first of them. */
async function onThreeBrowsers() {
  const user = await createUser(database.db);
  const here = await signedIn(user.id);
  const phone = await signedIn(user.id, SAFARI, "totp");
  const third = await signedIn(user.id);
  return { user, actor: { ...toActor(user), sessionId: here }, here, phone, third };
}

/** A form post as the browser sends it. */
function form(fields: Record<string, string>): FormData {
  const data = new FormData();
  for (const [key, value] of Object.entries(fields)) data.append(key, value);
  return data;
}
const tokenOf = (link: string) => decodeURIComponent(new URL(link).pathname.split("/").at(-1)!);
const ids = (rows: { id: string }[]) => rows.map((row) => row.id).sort();
const audits = (action: string, targetId: string) =>
  database.db.auditLog.findMany({ where: { action, targetId } });

describe("one's own sessions", () => {
  it("lists only open sessions of the current version, with browser, OS and second step", async () => {
    const { user, actor, here, phone, third } = await onThreeBrowsers();
    const ended = await signedIn(user.id);
    await database.db.staffSession.update({ where: { id: ended }, data: { endedAt: new Date() } });
    const rows = await listSessions(actor, user.id);
    expect(ids(rows)).toEqual([here, phone, third].sort());
    expect(rows.find((row) => row.id === phone)).toMatchObject({
      ...describeUserAgent(SAFARI),
      method: "totp",
    });
    expect(describeUserAgent(SAFARI)).toEqual({ browser: "Safari 17", os: "iOS 17" });
    expect(describeUserAgent(FIREFOX)).toEqual({ browser: "Firefox 128", os: "Windows 10" });
    // A password reset or role change bumps the version: the older sessions are gone.
    await database.db.user.update({
      where: { id: user.id },
      data: { sessionVersion: { increment: 1 } },
    });
    const fresh = await signedIn(user.id);
    expect(ids(await listSessions(actor, user.id))).toEqual([fresh]);
  });

  it("signs out one session, then all others, sparing this browser and unaudited", async () => {
    const { user, actor, here, phone, third } = await onThreeBrowsers();
    const one = await runAsActor(actor, () =>
      endOwnSessionsAction({ ok: false }, form({ end: "one", sessionId: phone })),
    );
    expect(one).toMatchObject({ ok: true, message: expect.stringMatching(/signed out/) as string });
    expect(await sessionIsLive(phone, user.id)).toBe(false);
    expect(ids(await listSessions(actor, user.id))).toEqual([here, third].sort());

    const rest = await runAsActor(actor, () =>
      endOwnSessionsAction({ ok: false }, form({ end: "others" })),
    );
    expect(rest).toMatchObject({ ok: true, message: "Signed out of 1 session." });
    expect(ids(await listSessions(actor, user.id))).toEqual([here]);
    expect(await sessionIsLive(here, user.id)).toBe(true);
    expect(await audits("user.sessions_end", user.id)).toHaveLength(0);
  });

  it("the own-sessions button cannot reach anyone else's session", async () => {
    const { actor } = await onThreeBrowsers();
    const other = await onThreeBrowsers();
    const outcome = await runAsActor(actor, () =>
      endOwnSessionsAction({ ok: false }, form({ end: "one", sessionId: other.phone })),
    );
    expect(outcome).toMatchObject({ ok: true, message: "That session had already ended." });
    expect(await sessionIsLive(other.phone, other.user.id)).toBe(true);
  });
});

describe("another user's sessions", () => {
  it("an author can neither list nor end them", async () => {
    const { actor: author } = await onThreeBrowsers();
    const other = await onThreeBrowsers();
    await expectForbidden(listSessions(author, other.user.id));
    await expectForbidden(endUserSessions(author, other.user.id, { allBut: null }));
    const outcome = await runAsActor(author, () =>
      endUserSessionsAction({ ok: false }, form({ userId: other.user.id, end: "others" })),
    );
    expect(outcome).toMatchObject({
      ok: false,
      formError: "You do not have permission to do that.",
    });
    expect(await listSessions(other.actor, other.user.id)).toHaveLength(3);
  });

  it("an admin signs out one of them, then all of them, and each is audited", async () => {
    const { user, phone } = await onThreeBrowsers();
    const one = await runAsActor(admin, () =>
      endUserSessionsAction({ ok: false }, form({ userId: user.id, end: "one", sessionId: phone })),
    );
    expect(one).toMatchObject({ ok: true });
    const all = await runAsActor(admin, () =>
      endUserSessionsAction({ ok: false }, form({ userId: user.id, end: "others" })),
    );
    expect(all).toMatchObject({ ok: true, message: "Signed out of 2 sessions." });
    expect(await listSessions(admin, user.id)).toEqual([]);
    expect(await sessionIsLive(admin.sessionId!, admin.id)).toBe(true);
    const entries = await audits("user.sessions_end", user.id);
    expect(entries.map((entry) => entry.summary).sort()).toEqual([
      `${admin.email} signed ${user.email} out of 1 session`,
      `${admin.email} signed ${user.email} out of 2 sessions`,
    ]);
    expect(entries.every((entry) => entry.actorId === admin.id)).toBe(true);
  });
});

describe("the end-session link of a new-device email", () => {
  it("shows the session without changing it, then ends exactly that one, once, audited", async () => {
    const { user, here, phone, third } = await onThreeBrowsers();
    const link = endSessionLink(phone);
    expect(new URL(link).pathname).toMatch(/^\/session\/end\//);
    const token = tokenOf(link);
    const shown = await findLinkedSession(token);
    expect(shown).toMatchObject({ browser: "Safari 17", os: "iOS 17", ended: false });
    expect(await sessionIsLive(phone, user.id)).toBe(true);

    const outcome = await endSessionWithLinkAction({ ok: false }, form({ token }));
    expect(outcome).toEqual({ ok: true, data: { ended: true } });
    expect(await sessionIsLive(phone, user.id)).toBe(false);
    expect(await sessionIsLive(here, user.id)).toBe(true);
    expect(await sessionIsLive(third, user.id)).toBe(true);
    expect(await findLinkedSession(token)).toMatchObject({ ended: true });
    expect(await endSessionWithLink(token)).toBe(false);
    const entries = await audits("auth.session_end_link", user.id);
    expect(entries).toHaveLength(1);
    expect(JSON.stringify(entries)).not.toContain(token);
  });

  it("an altered or expired link shows nothing and ends nothing", async () => {
    const { user, here, phone } = await onThreeBrowsers();
    const token = tokenOf(endSessionLink(phone));
    // The link's payload is readable; pointing it at another session breaks its signature.
    const [payload, mac] = token.split(".") as [string, string];
    const data = JSON.parse(Buffer.from(payload, "base64url").toString()) as { s: string };
    const retargeted = `${Buffer.from(JSON.stringify({ ...data, s: here })).toString("base64url")}.${mac}`;
    const truncated = token.slice(0, -2);
    for (const altered of [retargeted, truncated]) {
      expect(await findLinkedSession(altered)).toBeNull();
      await expect(endSessionWithLink(altered)).rejects.toMatchObject({ code: "INVALID" });
    }
    const outcome = await endSessionWithLinkAction({ ok: false }, form({ token: retargeted }));
    expect(outcome).toMatchObject({
      ok: false,
      formError: expect.stringMatching(/was changed/) as string,
    });
    const expired = tokenOf(endSessionLink(phone, Date.now() - 8 * 24 * 60 * 60 * 1000));
    expect(await findLinkedSession(expired)).toBeNull();
    await expect(endSessionWithLink(expired)).rejects.toMatchObject({ code: "INVALID" });
    expect(await findLinkedSession("x".repeat(600))).toBeNull();
    expect(await sessionIsLive(phone, user.id)).toBe(true);
    expect(await sessionIsLive(here, user.id)).toBe(true);
    expect(await audits("auth.session_end_link", user.id)).toHaveLength(0);
  });
});

describe("an admin's controls on another user's page", () => {
  it("resetting two-step verification removes every factor, ends the sessions, audits and mails", async () => {
    const { user, here, phone } = await onThreeBrowsers();
    await database.db.totpCredential.create({
      data: { userId: user.id, secret: "JBSWY3DPEHPK3PXP", confirmedAt: new Date() },
    });
    await database.db.securityKey.create({
      data: { id: `key-${user.id}`, userId: user.id, name: "Key", publicKey: Buffer.from([1, 2]) },
    });
    await database.db.recoveryCode.createMany({
      data: ["a", "b"].map((code) => ({ userId: user.id, codeHash: `${code}-${user.id}` })),
    });
    expect(await resetSecondFactor(admin, user.id)).toEqual({ email: user.email, mailed: true });
    const where = { where: { userId: user.id } };
    expect(await database.db.totpCredential.count(where)).toBe(0);
    expect(await database.db.securityKey.count(where)).toBe(0);
    expect(await database.db.recoveryCode.count(where)).toBe(0);
    expect(await loadActor(user.id, user.sessionVersion)).toBeNull();
    expect(await sessionIsLive(here, user.id)).toBe(false);
    expect(await sessionIsLive(phone, user.id)).toBe(false);
    expect(await listSessions(admin, user.id)).toEqual([]);
    const [entry] = await audits("user.two_factor_reset", user.id);
    expect(entry).toMatchObject({
      actorId: admin.id,
      summary: `Reset two-step verification of ${user.email}`,
    });
    expect(entry?.details).toEqual({ authenticatorApp: true, securityKeys: 1, recoveryCodes: 2 });
    const [mail] = await waitForMail(mailDir, user.email, /Two-step verification was reset/);
    expect(mail?.text).toContain(admin.email);
    expect(linksIn(mail!).map((url) => new URL(url).pathname)).toContain("/login");

    // Nothing left to reset, one's own, or an editor asking: refused.
    await expect(resetSecondFactor(admin, user.id)).rejects.toMatchObject({
      message: "This account has no second factor.",
    });
    await expect(resetSecondFactor(admin, admin.id)).rejects.toMatchObject({ code: "CONFLICT" });
    const editor = toActor(await createUser(database.db, { role: "EDITOR" }));
    await expectForbidden(resetSecondFactor(editor, user.id));
    expect(await audits("user.two_factor_reset", user.id)).toHaveLength(1);
  });

  it("sends reset links past the public form's per-address limit; each works and is audited", async () => {
    const user = await createUser(database.db);
    const sent = [];
    for (let i = 0; i < 4; i++) sent.push(await sendPasswordResetLink(admin, user.id));
    expect(sent.every((one) => one.mailed && one.email === user.email)).toBe(true);
    const mails = await waitForMail(mailDir, user.email, /new password/, { count: 4 });
    const link = linksIn(mails.at(-1)!).find((url) => url.includes("/reset/"))!;
    expect((await findResetAccount(tokenOf(link)))?.email).toBe(user.email);
    expect(await audits("user.password_reset_sent", user.id)).toHaveLength(4);
  });

  it("refuses a reset link when mail is off, for a deactivated account, and to an editor", async () => {
    const user = await createUser(database.db);
    const inactive = await createUser(database.db, { isActive: false });
    const editor = toActor(await createUser(database.db, { role: "EDITOR" }));
    const before = (await readMailbox(mailDir)).length;
    setMailTransport(null);
    try {
      await expect(sendPasswordResetLink(admin, user.id)).rejects.toMatchObject({
        code: "CONFLICT",
        message: expect.stringMatching(/^Mail is off/) as string,
      });
    } finally {
      setMailTransport(nodemailer.createTransport(server.url));
    }
    await expect(sendPasswordResetLink(admin, inactive.id)).rejects.toMatchObject({
      message: expect.stringMatching(/deactivated/) as string,
    });
    await expectForbidden(sendPasswordResetLink(editor, user.id));
    expect(await audits("user.password_reset_sent", user.id)).toHaveLength(0);
    expect((await readMailbox(mailDir)).length).toBe(before);
  });
});
