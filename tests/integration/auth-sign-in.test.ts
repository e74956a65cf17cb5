import { afterAll, beforeAll, beforeEach, describe, expect, inject, it } from "vitest";
import { verifyPassword } from "@/lib/auth/password";
import {
  PASSWORD_CHANGE_LIMIT,
  SIGN_IN_LIMITS,
  authenticateWithPassword,
  changeOwnPassword,
  loadActor,
  throttledMessage,
} from "@/lib/auth/service";
import { liftSignInThrottle, listSignInThrottles } from "@/lib/auth/throttles";
import { type TestDatabase, createTestDatabase } from "@/tests/setup/database";
import { TEST_PASSWORD, createUser, toActor } from "@/tests/factories/users";

let database: TestDatabase;
let ipCounter = 0;
const freshIp = () => `203.0.113.${++ipCounter}`;

beforeAll(async () => {
  database = await createTestDatabase(inject("pgAdminUrl"), inject("templateDatabase"));
  process.env.DATABASE_URL = database.url;
  process.env.AUTH_SECRET = "test-secret-test-secret-test-secret-0123";
});

afterAll(async () => {
  await database.drop();
});

beforeEach(async () => {
  await database.db.rateLimit.deleteMany();
});

async function lastAudit(action: string) {
  return database.db.auditLog.findFirst({ where: { action }, orderBy: { createdAt: "desc" } });
}

describe("signing in with email and password", () => {
  it("signs in with the right password, whatever the email's case, and audits it", async () => {
    const user = await createUser(database.db);
    const result = await authenticateWithPassword({
      email: `  ${user.email.toUpperCase()} `,
      password: TEST_PASSWORD,
      ip: freshIp(),
    });
    expect(result).toEqual({
      ok: true,
      user: { ...toActor(user), sessionVersion: user.sessionVersion },
    });
    const entry = await lastAudit("auth.sign_in");
    expect(entry).toMatchObject({ actorId: user.id, targetId: user.id });
  });

  it("gives the same answer for an unknown email, a wrong password and a deactivated account", async () => {
    const active = await createUser(database.db);
    const inactive = await createUser(database.db, { isActive: false });
    const attempts = [
      { email: "nobody@example.org", password: TEST_PASSWORD },
      { email: active.email, password: "wrong password here" },
      { email: inactive.email, password: TEST_PASSWORD },
    ];
    for (const attempt of attempts) {
      expect(await authenticateWithPassword({ ...attempt, ip: freshIp() })).toEqual({
        ok: false,
        reason: "invalid",
      });
    }
    const failures = await database.db.auditLog.findMany({
      where: { action: "auth.sign_in_failed" },
      orderBy: { createdAt: "asc" },
    });
    expect(failures.map((f) => f.summary)).toEqual(
      expect.arrayContaining(attempts.map((a) => `Failed sign-in for ${a.email}`)),
    );
  });

  it("five wrong passwords from one address lock that address out of that account, not others", async () => {
    const user = await createUser(database.db);
    const stranger = freshIp();
    for (let i = 0; i < SIGN_IN_LIMITS.perAccountFromAddress; i++) {
      const result = await authenticateWithPassword({
        email: user.email,
        password: `wrong-${i}`,
        ip: stranger,
      });
      expect(result).toEqual({ ok: false, reason: "invalid" });
    }
    // The stranger is stopped, even with the right password…
    expect(
      await authenticateWithPassword({ email: user.email, password: TEST_PASSWORD, ip: stranger }),
    ).toEqual({ ok: false, reason: "throttled", retryAfterMinutes: 15 });
    expect(throttledMessage(15)).toBe("Too many attempts. Try again in 15 minutes.");
    expect(throttledMessage(1)).toBe("Too many attempts. Try again in 1 minute.");
    // …but the owner, from their own address, signs in.
    const owner = await authenticateWithPassword({
      email: user.email,
      password: TEST_PASSWORD,
      ip: freshIp(),
    });
    expect(owner.ok).toBe(true);

    // When the window has passed, the stranger's address may try again.
    await database.db.rateLimit.updateMany({ data: { resetAt: new Date(Date.now() - 1000) } });
    expect(
      (await authenticateWithPassword({ email: user.email, password: TEST_PASSWORD, ip: stranger }))
        .ok,
    ).toBe(true);
  });

  it("slows down a guessing attack spread over many addresses, growing with each failure", async () => {
    const user = await createUser(database.db);
    for (let i = 0; i < SIGN_IN_LIMITS.accountFree; i++) {
      await authenticateWithPassword({ email: user.email, password: `guess-${i}`, ip: freshIp() });
    }
    // Up to here nothing waits: these are far more mistakes than a person makes.
    expect(
      await database.db.rateLimit.count({
        where: { key: { startsWith: "sign-in:account-wait:" } },
      }),
    ).toBe(0);
    await authenticateWithPassword({ email: user.email, password: "one more", ip: freshIp() });
    const wait = await database.db.rateLimit.findFirstOrThrow({
      where: { key: `sign-in:account-wait:${user.email}` },
    });
    const first = wait.resetAt.getTime() - Date.now();
    expect(first).toBeGreaterThan(0);
    expect(first).toBeLessThanOrEqual(2_000);
    // While it waits, every address is refused, the right password included.
    expect(
      await authenticateWithPassword({ email: user.email, password: TEST_PASSWORD, ip: freshIp() }),
    ).toMatchObject({ ok: false, reason: "throttled" });
    // Each further failure doubles the wait, up to fifteen minutes.
    for (let i = 0; i < 12; i++) {
      await database.db.rateLimit.deleteMany({
        where: { key: { startsWith: "sign-in:account-wait:" } },
      });
      await authenticateWithPassword({ email: user.email, password: `more-${i}`, ip: freshIp() });
    }
    const longest = await database.db.rateLimit.findFirstOrThrow({
      where: { key: `sign-in:account-wait:${user.email}` },
    });
    const seconds = (longest.resetAt.getTime() - Date.now()) / 1000;
    expect(seconds).toBeGreaterThan(14 * 60);
    expect(seconds).toBeLessThanOrEqual(SIGN_IN_LIMITS.maxDelaySeconds);
  });

  it("admins see throttled accounts and lift a throttle", async () => {
    const admin = toActor(await createUser(database.db, { role: "ADMIN" }));
    const user = await createUser(database.db);
    const stranger = freshIp();
    for (let i = 0; i < SIGN_IN_LIMITS.perAccountFromAddress; i++) {
      await authenticateWithPassword({ email: user.email, password: `x${i}`, ip: stranger });
    }
    const listed = await listSignInThrottles(admin);
    expect(listed).toEqual([
      expect.objectContaining({ email: user.email, blockedAddresses: 1, accountWaitUntil: null }),
    ]);
    const editor = toActor(await createUser(database.db, { role: "EDITOR" }));
    await expect(listSignInThrottles(editor)).rejects.toMatchObject({ code: "FORBIDDEN" });
    await expect(liftSignInThrottle(editor, user.email)).rejects.toMatchObject({
      code: "FORBIDDEN",
    });

    expect(await liftSignInThrottle(admin, user.email)).toBeGreaterThan(0);
    expect(await listSignInThrottles(admin)).toEqual([]);
    expect(
      (await authenticateWithPassword({ email: user.email, password: TEST_PASSWORD, ip: stranger }))
        .ok,
    ).toBe(true);
    expect(await lastAudit("auth.throttle_lift")).toMatchObject({
      actorId: admin.id,
      summary: `Lifted the sign-in throttle of ${user.email}`,
    });
  });

  it("throttles one address trying many accounts, and stores only a hash of the address", async () => {
    const ip = "198.51.100.77";
    for (let i = 0; i < SIGN_IN_LIMITS.perAddress; i++) {
      await authenticateWithPassword({ email: `guess-${i}@example.org`, password: "x", ip });
    }
    const user = await createUser(database.db);
    const blocked = await authenticateWithPassword({
      email: user.email,
      password: TEST_PASSWORD,
      ip,
    });
    expect(blocked.ok).toBe(false);
    expect(blocked).toMatchObject({ reason: "throttled" });
    // Another address is not affected.
    expect(
      (
        await authenticateWithPassword({
          email: user.email,
          password: TEST_PASSWORD,
          ip: freshIp(),
        })
      ).ok,
    ).toBe(true);
    const keys = (await database.db.rateLimit.findMany({ select: { key: true } })).map(
      (r) => r.key,
    );
    expect(keys.some((key) => key.includes(ip))).toBe(false);
    expect(keys.some((key) => key.startsWith("sign-in:ip:"))).toBe(true);
  });
});

describe("sessions", () => {
  it("a session stops counting once its account's version moves on, or it is deactivated", async () => {
    const user = await createUser(database.db, { role: "EDITOR" });
    expect(await loadActor(user.id, user.sessionVersion)).toEqual(toActor(user));
    expect(await loadActor(undefined, undefined)).toBeNull();
    expect(await loadActor(user.id, undefined)).toBeNull();

    // A role change, deactivation or password reset bumps the version (tests/integration/users).
    await database.db.user.update({
      where: { id: user.id },
      data: { sessionVersion: { increment: 1 } },
    });
    expect(await loadActor(user.id, user.sessionVersion)).toBeNull();
    expect(await loadActor(user.id, user.sessionVersion + 1)).toEqual(toActor(user));

    await database.db.user.update({ where: { id: user.id }, data: { isActive: false } });
    expect(await loadActor(user.id, user.sessionVersion + 1)).toBeNull();
  });

  it("the actor's role is read from the database, not from the token", async () => {
    const user = await createUser(database.db, { role: "EDITOR" });
    await database.db.user.update({ where: { id: user.id }, data: { role: "AUTHOR" } });
    expect(await loadActor(user.id, user.sessionVersion)).toMatchObject({ role: "AUTHOR" });
  });
});

describe("changing your own password", () => {
  it("refuses a wrong current password and changes nothing", async () => {
    const user = await createUser(database.db);
    await expect(
      changeOwnPassword(toActor(user), {
        currentPassword: "not my password",
        newPassword: "a brand new passphrase",
        confirmPassword: "a brand new passphrase",
      }),
    ).rejects.toMatchObject({ code: "INVALID", message: "Your current password is incorrect." });
    const row = await database.db.user.findUniqueOrThrow({ where: { id: user.id } });
    expect(await verifyPassword(TEST_PASSWORD, row.passwordHash)).toBe(true);
    expect(row.sessionVersion).toBe(user.sessionVersion);
  });

  it("throttles wrong current passwords as sign-in is throttled", async () => {
    const user = await createUser(database.db);
    const attempt = (currentPassword: string) =>
      changeOwnPassword(toActor(user), {
        currentPassword,
        newPassword: "a brand new passphrase",
        confirmPassword: "a brand new passphrase",
      });
    for (let i = 0; i < PASSWORD_CHANGE_LIMIT.attempts; i++) {
      await expect(attempt(`guess ${i}`)).rejects.toMatchObject({ code: "INVALID" });
    }
    await expect(attempt(`guess 6`)).rejects.toMatchObject({
      code: "RATE_LIMITED",
      message: "Too many attempts. Try again in 15 minutes.",
    });
    // Even the right one waits: the guesser cannot learn from it.
    await expect(attempt(TEST_PASSWORD)).rejects.toMatchObject({ code: "RATE_LIMITED" });
    const row = await database.db.user.findUniqueOrThrow({ where: { id: user.id } });
    expect(await verifyPassword(TEST_PASSWORD, row.passwordHash)).toBe(true);
  });

  it("sets the new password and ends the other sessions", async () => {
    const user = await createUser(database.db);
    await changeOwnPassword(toActor(user), {
      currentPassword: TEST_PASSWORD,
      newPassword: "a brand new passphrase",
      confirmPassword: "a brand new passphrase",
    });
    const row = await database.db.user.findUniqueOrThrow({ where: { id: user.id } });
    expect(await verifyPassword("a brand new passphrase", row.passwordHash)).toBe(true);
    expect(await verifyPassword(TEST_PASSWORD, row.passwordHash)).toBe(false);
    expect(await loadActor(user.id, user.sessionVersion)).toBeNull();
  });
});
