import { Secret, TOTP } from "otpauth";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { attemptSecondStep, checkCode } from "@/lib/auth/second-step";
import { SIGN_IN_LIMITS } from "@/lib/auth/service";
import { createTicket, findTicket, redeemTicket } from "@/lib/auth/tickets";
import { replaceRecoveryCodes, spendRecoveryCode } from "@/lib/auth/two-factor/recovery";
import {
  beginTotpSetup,
  confirmTotp,
  pendingTotpSecret,
  verifyTotp,
} from "@/lib/auth/two-factor/totp";
import { createUser } from "@/tests/factories/users";
import { type TestDatabase, createTestDatabase } from "@/tests/setup/database";

process.env.AUTH_SECRET ??= "integration-test-secret-0123456789abcdef";

let database: TestDatabase;

beforeAll(async () => {
  database = await createTestDatabase(inject("pgAdminUrl"), inject("templateDatabase"));
  process.env.DATABASE_URL = database.url;
});

afterAll(async () => {
  await database.drop();
});

/** What an authenticator app shows for `secret` at `time` (ms): a real TOTP, not the verifier's. */
function appCode(secret: string, time: number): string {
  return new TOTP({ secret: Secret.fromBase32(secret), digits: 6, period: 30 }).generate({
    timestamp: time,
  });
}

// A fixed moment, on a step boundary, that the verifier is told is "now".
const T0 = Date.UTC(2026, 11, 3, 12, 0, 0);
const STEP = 30_000;

async function userWithApp(): Promise<{ id: string; email: string; secret: string }> {
  const user = await createUser(database.db, { role: "EDITOR" });
  const setup = await beginTotpSetup(user.id, user.email, "Campaign");
  expect(await confirmTotp(user.id, appCode(setup.secret, T0 - 5 * STEP), T0 - 5 * STEP)).toBe(
    true,
  );
  return { ...user, secret: setup.secret };
}

describe("authenticator apps", () => {
  it("sets up with a QR code drawn here, and is on only once a code from the app confirms it", async () => {
    const user = await createUser(database.db);
    const setup = await beginTotpSetup(user.id, user.email, "Free Ales Bialiatski");
    expect(setup.uri).toMatch(/^otpauth:\/\/totp\/Free%20Ales%20Bialiatski:user-/);
    expect(setup.uri).toContain(`secret=${setup.secret}`);
    expect(setup.qrSvg).toMatch(/^<svg [^>]*viewBox/);
    expect(setup.qrSvg).not.toMatch(/https?:\/\/(?!www\.w3\.org)/);
    // Not on yet: a right code for the pending secret does not sign in.
    expect(await verifyTotp(user.id, appCode(setup.secret, T0), T0)).toBe(false);
    expect(await confirmTotp(user.id, "000000", T0)).toBe(false);
    expect(await confirmTotp(user.id, appCode(setup.secret, T0), T0)).toBe(true);
    expect(await pendingTotpSecret(user.id)).toBeNull();
    expect(await verifyTotp(user.id, appCode(setup.secret, T0 + STEP), T0 + STEP)).toBe(true);
  });

  it("accepts a code once: a replayed code, or an older one after a newer, is refused", async () => {
    const user = await userWithApp();
    const code = appCode(user.secret, T0);
    expect(await verifyTotp(user.id, code, T0)).toBe(true);
    expect(await verifyTotp(user.id, code, T0 + 1000)).toBe(false);
    expect(await verifyTotp(user.id, appCode(user.secret, T0 + STEP), T0 + STEP)).toBe(true);
    // The previous step's code is still inside the ±1 step window, but it is older.
    expect(await verifyTotp(user.id, appCode(user.secret, T0), T0 + STEP)).toBe(false);
  });

  it("allows one step of clock drift either way, and no more", async () => {
    const user = await userWithApp();
    expect(await verifyTotp(user.id, appCode(user.secret, T0 + 3 * STEP), T0)).toBe(false);
    expect(await verifyTotp(user.id, appCode(user.secret, T0 - 2 * STEP), T0)).toBe(false);
    expect(await verifyTotp(user.id, appCode(user.secret, T0 + STEP), T0)).toBe(true);
  });

  it("lets only one of two requests with the same code through", async () => {
    const user = await userWithApp();
    const code = appCode(user.secret, T0 + 10 * STEP);
    const results = await Promise.all(
      Array.from({ length: 5 }, () => verifyTotp(user.id, code, T0 + 10 * STEP)),
    );
    expect(results.filter(Boolean)).toHaveLength(1);
  });

  it("moving to a new app keeps the old one working until the new one is confirmed", async () => {
    const user = await userWithApp();
    const next = await beginTotpSetup(user.id, user.email, "Campaign");
    expect(await verifyTotp(user.id, appCode(user.secret, T0), T0)).toBe(true);
    expect(await confirmTotp(user.id, appCode(next.secret, T0 + STEP), T0 + STEP)).toBe(true);
    expect(await verifyTotp(user.id, appCode(user.secret, T0 + 2 * STEP), T0 + 2 * STEP)).toBe(
      false,
    );
    expect(await verifyTotp(user.id, appCode(next.secret, T0 + 2 * STEP), T0 + 2 * STEP)).toBe(
      true,
    );
  });
});

describe("recovery codes", () => {
  it("are ten, different, stored only as hashes, and each works once", async () => {
    const user = await createUser(database.db);
    const other = await createUser(database.db);
    const codes = await database.db.$transaction((tx) => replaceRecoveryCodes(tx, user.id));
    expect(codes).toHaveLength(10);
    expect(new Set(codes).size).toBe(10);
    const stored = await database.db.recoveryCode.findMany({ where: { userId: user.id } });
    expect(stored.map((row) => row.codeHash)).not.toContain(codes[0]);
    expect(JSON.stringify(stored)).not.toContain(codes[0]!.replace("-", ""));

    expect(await spendRecoveryCode(other.id, codes[0]!)).toBe(false);
    // Typed in lower case, without the dash: still the same code.
    expect(await spendRecoveryCode(user.id, codes[0]!.toLowerCase().replace("-", " "))).toBe(true);
    expect(await spendRecoveryCode(user.id, codes[0]!)).toBe(false);
    expect(await spendRecoveryCode(user.id, codes[1]!)).toBe(true);
  });

  it("made again, the old ones stop working", async () => {
    const user = await createUser(database.db);
    const first = await database.db.$transaction((tx) => replaceRecoveryCodes(tx, user.id));
    const second = await database.db.$transaction((tx) => replaceRecoveryCodes(tx, user.id));
    expect(await spendRecoveryCode(user.id, first[0]!)).toBe(false);
    expect(await spendRecoveryCode(user.id, second[0]!)).toBe(true);
  });
});

describe("the second step of signing in", () => {
  const start = (userId: string, ready = false, deviceHash = "") =>
    createTicket({
      userId,
      ready,
      callbackUrl: "/admin",
      userAgent:
        "Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/150.0.0.0 Safari/537.36",
      deviceHash,
      addressHash: `address-${userId}`,
    });

  it("gives a session only after the second factor, once, and names the browser", async () => {
    const user = await userWithApp();
    const token = await start(user.id);
    expect(await redeemTicket(token)).toBeNull();
    const codes = await database.db.$transaction((tx) => replaceRecoveryCodes(tx, user.id));
    expect((await checkCode(token, "recovery", codes[3]!)).ok).toBe(true);
    const session = await redeemTicket(token);
    expect(session).toMatchObject({ id: user.id });
    expect(await redeemTicket(token)).toBeNull();
    const row = await database.db.staffSession.findUniqueOrThrow({
      where: { id: session!.sessionId },
    });
    expect(row).toMatchObject({ browser: "Chrome 150", os: "Linux", method: "recovery" });
  });

  it("counts wrong codes like wrong passwords, and then refuses even the right one", async () => {
    const user = await userWithApp();
    const token = await start(user.id);
    for (let i = 0; i < SIGN_IN_LIMITS.perAccountFromAddress; i++) {
      const wrong = await attemptSecondStep(token, "totp", () => Promise.resolve(false));
      expect(wrong).toMatchObject({ ok: false, reason: "wrong" });
    }
    const right = await attemptSecondStep(token, "totp", () => Promise.resolve(true));
    expect(right).toMatchObject({ ok: false, reason: "throttled" });
    expect(right.ok ? "" : right.message).toMatch(/Too many attempts/);
    const audit = await database.db.auditLog.count({
      where: { action: "auth.sign_in_failed", targetId: user.id },
    });
    expect(audit).toBe(SIGN_IN_LIMITS.perAccountFromAddress + 1);
  });

  it("refuses an expired or unknown ticket", async () => {
    const user = await userWithApp();
    const token = await createTicket(
      {
        userId: user.id,
        ready: false,
        callbackUrl: "/admin",
        userAgent: "",
        deviceHash: "",
        addressHash: "a",
      },
      new Date(Date.now() - 11 * 60 * 1000),
    );
    expect(await findTicket(token)).toBeNull();
    expect(await checkCode(token, "totp", "123456")).toMatchObject({ reason: "expired" });
    expect(await checkCode("no-such-ticket", "totp", "123456")).toMatchObject({
      reason: "expired",
    });
  });

  it("knows a browser again: only its first session is from a new device", async () => {
    const user = await createUser(database.db);
    const first = await redeemTicket(await start(user.id, true, "device-a"));
    const again = await redeemTicket(await start(user.id, true, "device-a"));
    const other = await redeemTicket(await start(user.id, true, "device-b"));
    expect([first?.newDevice, again?.newDevice, other?.newDevice]).toEqual([true, false, true]);
  });
});
