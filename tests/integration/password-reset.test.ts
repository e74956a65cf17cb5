import { mkdtempSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import nodemailer from "nodemailer";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { verifyPassword } from "@/lib/auth/password";
import {
  RESET_LINK_TTL_MS,
  RESET_REQUEST_LIMITS,
  findResetAccount,
  requestPasswordReset,
  resetPasswordWithLink,
} from "@/lib/auth/password-reset";
import { loadActor } from "@/lib/auth/service";
import { setMailTransport } from "@/lib/mail";
import { createUser } from "@/tests/factories/users";
import { type TestDatabase, createTestDatabase } from "@/tests/setup/database";
import { linksIn, readMailbox, startMailServer, waitForMail } from "@/tests/setup/smtp";

process.env.AUTH_SECRET ??= "integration-test-secret-0123456789abcdef";

let database: TestDatabase;
let mailDir: string;
let server: Awaited<ReturnType<typeof startMailServer>>;
const PASSWORD = "a brand new password";

beforeAll(async () => {
  database = await createTestDatabase(inject("pgAdminUrl"), inject("templateDatabase"));
  process.env.DATABASE_URL = database.url;
  mailDir = mkdtempSync(path.join(os.tmpdir(), "reset-mail-"));
  server = await startMailServer(mailDir);
  setMailTransport(nodemailer.createTransport(server.url));
});

afterAll(async () => {
  setMailTransport(undefined);
  await server.stop();
  rmSync(mailDir, { recursive: true, force: true });
  await database.drop();
});

const mailsTo = async (email: string) =>
  (await readMailbox(mailDir)).filter(
    (mail) => mail.text?.includes("/reset/") && mail.to && JSON.stringify(mail.to).includes(email),
  );

async function resetToken(email: string, ip: string, now = new Date(), count = 1): Promise<string> {
  await requestPasswordReset({ email, ip }, now);
  const mails = await waitForMail(mailDir, email, /new password/, { count });
  const link = linksIn(mails.at(-1)!).find((url) => url.includes("/reset/"))!;
  return decodeURIComponent(new URL(link).pathname.split("/").at(-1)!);
}

describe("forgotten passwords", () => {
  it("mails nothing to an unknown or deactivated address, and answers the same as for a known one", async () => {
    const inactive = await createUser(database.db, { isActive: false });
    const known = await createUser(database.db);
    const answers = await Promise.all(
      ["nobody@example.org", inactive.email, known.email].map((email) =>
        requestPasswordReset({ email, ip: "192.0.2.1" }).then(
          (value) => ({ value }),
          (error: unknown) => ({ error }),
        ),
      ),
    );
    expect(answers).toEqual([{ value: undefined }, { value: undefined }, { value: undefined }]);
    await waitForMail(mailDir, known.email, /new password/);
    // The three mails were sent in the same moment; the known one's arrival means the others had their chance.
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(await mailsTo("nobody@example.org")).toHaveLength(0);
    expect(await mailsTo(inactive.email)).toHaveLength(0);
  });

  it("a link sets the password once, ends every session and is audited", async () => {
    const user = await createUser(database.db);
    const token = await resetToken(user.email, "192.0.2.2");
    expect(await loadActor(user.id, user.sessionVersion)).not.toBeNull();
    expect((await findResetAccount(token))?.email).toBe(user.email);
    await resetPasswordWithLink({ token, password: PASSWORD, confirmPassword: PASSWORD });
    const row = await database.db.user.findUniqueOrThrow({ where: { id: user.id } });
    expect(await verifyPassword(PASSWORD, row.passwordHash)).toBe(true);
    expect(row.sessionVersion).toBe(user.sessionVersion + 1);
    expect(await loadActor(user.id, user.sessionVersion)).toBeNull();
    expect(await findResetAccount(token)).toBeNull();
    await expect(
      resetPasswordWithLink({
        token,
        password: "another password!",
        confirmPassword: "another password!",
      }),
    ).rejects.toMatchObject({ code: "INVALID" });
    const audit = await database.db.auditLog.findMany({
      where: { action: "user.password_reset_link", targetId: user.id },
    });
    expect(audit).toHaveLength(1);
    expect(JSON.stringify(audit)).not.toContain(token);
  });

  it("a link expires after an hour, and a tampered one is refused", async () => {
    const user = await createUser(database.db);
    const issued = new Date();
    const token = await resetToken(user.email, "192.0.2.3", issued);
    const justBefore = new Date(issued.getTime() + RESET_LINK_TTL_MS - 1000);
    expect(await findResetAccount(token, justBefore)).not.toBeNull();
    const after = new Date(issued.getTime() + RESET_LINK_TTL_MS + 1000);
    expect(await findResetAccount(token, after)).toBeNull();
    await expect(
      resetPasswordWithLink({ token, password: PASSWORD, confirmPassword: PASSWORD }, after),
    ).rejects.toMatchObject({ code: "INVALID" });
    expect(await findResetAccount(`${token.slice(0, -2)}xx`)).toBeNull();
  });

  it("throttles requests per address and per client, known address or not", async () => {
    const { perEmail, perIp } = RESET_REQUEST_LIMITS;
    const email = "throttled@example.org";
    for (let i = 0; i < perEmail; i++) {
      await requestPasswordReset({ email, ip: `198.51.100.${i}` });
    }
    await expect(requestPasswordReset({ email, ip: "198.51.100.99" })).rejects.toMatchObject({
      code: "RATE_LIMITED",
    });
    for (let i = 0; i < perIp; i++) {
      await requestPasswordReset({ email: `spray-${i}@example.org`, ip: "203.0.113.7" });
    }
    await expect(
      requestPasswordReset({ email: "spray-last@example.org", ip: "203.0.113.7" }),
    ).rejects.toMatchObject({ code: "RATE_LIMITED" });
    // Another client may still ask for that address.
    await expect(
      requestPasswordReset({ email: "spray-last@example.org", ip: "203.0.113.8" }),
    ).resolves.toBeUndefined();
    const keys = await database.db.rateLimit.findMany({
      where: { key: { startsWith: "password-reset:ip:" } },
    });
    expect(keys.some((row) => row.key.includes("203.0.113"))).toBe(false);
  });
});
