import { randomBytes } from "node:crypto";
import { mkdtempSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import nodemailer from "nodemailer";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { getDb } from "@/lib/db";
import type { SignerDisplay } from "@/lib/generated/prisma/enums";
import * as mail from "@/lib/mail";
import { confirmSignature, withdrawSignature } from "@/lib/petitions/confirm";
import type { SignFormInput } from "@/lib/petitions/sign-schema";
import { SignRefusedError, signPetition } from "@/lib/petitions/signing";
import { issueSignToken } from "@/lib/petitions/tokens";
import { runPetitionUpkeep } from "@/lib/petitions/upkeep";
import { type TestDatabase, createTestDatabase } from "@/tests/setup/database";
import { linksIn, startMailServer, waitForMail } from "@/tests/setup/smtp";

process.env.AUTH_SECRET ??= "integration-test-secret-0123456789abcdef";

let database: TestDatabase;
let mailDir: string;
let mailServer: Awaited<ReturnType<typeof startMailServer>>;

beforeAll(async () => {
  database = await createTestDatabase(inject("pgAdminUrl"), inject("templateDatabase"));
  process.env.DATABASE_URL = database.url;
  mailDir = mkdtempSync(path.join(os.tmpdir(), "petition-mail-"));
  mailServer = await startMailServer(mailDir);
  // The app's own transport, pointed at a real SMTP server running in this test.
  mail.setMailTransport(nodemailer.createTransport(mailServer.url));
});

afterAll(async () => {
  // The last test's email may still be on its way.
  await new Promise((resolve) => setTimeout(resolve, 500));
  mail.setMailTransport(undefined);
  await mailServer.stop();
  rmSync(mailDir, { recursive: true, force: true });
  await getDb().$disconnect();
  await database.drop();
});

const unique = () => randomBytes(4).toString("hex");

async function createPetition(overrides: { signerDisplay?: SignerDisplay; endsAt?: Date } = {}) {
  const id = unique();
  return database.db.petition.create({
    data: {
      slug: `petition-${id}`,
      status: "OPEN",
      goal: 100,
      signerDisplay: overrides.signerDisplay ?? "FULL_NAME",
      endsAt: overrides.endsAt ?? null,
      texts: {
        en: {
          title: `Petition ${id}`,
          addressee: "Them",
          body: "<p>Please.</p>",
          deliveryNote: "",
        },
      },
    },
  });
}

/** A filled-in form whose token was shown long enough ago. */
function form(petitionId: string, overrides: Partial<SignFormInput> = {}): SignFormInput {
  return {
    petitionId,
    name: "Hanna Ivanova",
    email: `signer-${unique()}@example.org`,
    country: "Lithuania",
    city: "Vilnius",
    comment: "Free them all.",
    showName: "on",
    mayEmail: "",
    token: issueSignToken(petitionId, new Date(Date.now() - 60_000)),
    ...overrides,
  };
}

/** Each signature from an address of its own unless a test names one (the IP limit is per file). */
const sign = (input: SignFormInput, ip = `203.0.113.${Math.floor(Math.random() * 250) + 1}`) =>
  signPetition(input, { ip, lang: "en" });

async function confirmLinkFor(to: string): Promise<string> {
  const [message] = await waitForMail(mailDir, to, /^Please confirm your signature$/);
  const link = linksIn(message!).find((url) => url.includes("/petitions/confirm?t="));
  return new URL(link!).searchParams.get("t")!;
}

async function withdrawLinkFor(
  to: string,
  subject = /^Please confirm your signature$/,
): Promise<string> {
  const [message] = await waitForMail(mailDir, to, subject);
  const link = linksIn(message!).find((url) => url.includes("/petitions/withdraw?t="));
  return new URL(link!).searchParams.get("t")!;
}

const countOf = async (id: string) =>
  (await database.db.petition.findUniqueOrThrow({ where: { id } })).signatureCount;

describe("signing a petition", () => {
  it("counts a signature only once its email link is followed, and confirming twice is harmless", async () => {
    const petition = await createPetition();
    const input = form(petition.id);
    expect(await sign(input)).toBe(petition.slug);
    expect(await countOf(petition.id)).toBe(0);
    const token = await confirmLinkFor(input.email);
    expect((await confirmSignature(token)).outcome).toBe("confirmed");
    expect(await countOf(petition.id)).toBe(1);
    expect((await confirmSignature(token)).outcome).toBe("confirmed");
    expect(await countOf(petition.id)).toBe(1);
    const row = await database.db.petitionSignature.findFirstOrThrow({
      where: { petitionId: petition.id },
    });
    expect(row).toMatchObject({
      status: "CONFIRMED",
      name: "Hanna Ivanova",
      city: "Vilnius",
      // Not kept: she did not agree to be emailed.
      email: null,
    });
    // No IP address is stored anywhere in the row, not even hashed.
    expect(Object.keys(row).filter((key) => /ip/i.test(key))).toEqual([]);
    expect(JSON.stringify(row)).not.toContain("203.0.113.");
  });

  it("answers a second signature with the same address exactly as a new one, and tells only the address", async () => {
    const petition = await createPetition();
    const first = form(petition.id);
    const answerFirst = await sign(first);
    await confirmSignature(await confirmLinkFor(first.email));
    const again = form(petition.id, { email: first.email.toUpperCase(), name: "Someone Else" });
    expect(await sign(again, "198.51.100.9")).toBe(answerFirst);
    const [notice] = await waitForMail(mailDir, first.email, /^You have already signed$/);
    expect(notice!.text).toContain("nothing changed");
    expect(await countOf(petition.id)).toBe(1);
    const rows = await database.db.petitionSignature.findMany({
      where: { petitionId: petition.id },
    });
    expect(rows.map((row) => row.name)).toEqual(["Hanna Ivanova"]);
  });

  it("keeps only initials on an initials petition, and only the keyed hash on a count-only one", async () => {
    const initials = await createPetition({ signerDisplay: "INITIALS" });
    const a = form(initials.id, { name: "Ales Viktaravich Bialiatski" });
    await sign(a);
    await confirmSignature(await confirmLinkFor(a.email));
    const kept = await database.db.petitionSignature.findFirstOrThrow({
      where: { petitionId: initials.id },
    });
    expect(kept.name).toBe("A. V. B.");

    const countOnly = await createPetition({ signerDisplay: "COUNT_ONLY" });
    const b = form(countOnly.id, { mayEmail: "on" });
    await sign(b);
    const pending = await database.db.petitionSignature.findFirstOrThrow({
      where: { petitionId: countOnly.id },
    });
    // Nothing typed is kept even while it waits: the email went to the address as typed.
    expect(pending).toMatchObject({ email: null, name: null, city: null, comment: null });
    await confirmSignature(await confirmLinkFor(b.email));
    const row = await database.db.petitionSignature.findFirstOrThrow({
      where: { petitionId: countOnly.id },
    });
    expect(row).toMatchObject({
      email: null,
      name: null,
      country: null,
      city: null,
      comment: null,
      mayEmail: false,
    });
    expect(row.emailHash).not.toContain(b.email);
    // Not even the moment: only the day it was confirmed.
    expect(row.confirmedAt?.toISOString()).toMatch(/T00:00:00\.000Z$/);
    expect(JSON.stringify(row)).not.toMatch(/example\.org|Hanna|Vilnius|Lithuania/);
    expect(await countOf(countOnly.id)).toBe(1);
  });

  it("on a full-name petition keeps nothing shown for a signer who did not ask to be shown, and the address only with consent", async () => {
    const petition = await createPetition();
    const hidden = form(petition.id, { showName: "", mayEmail: "on" });
    await sign(hidden);
    // Trimmed as soon as it is stored, not only on confirmation.
    const waiting = await database.db.petitionSignature.findFirstOrThrow({
      where: { petitionId: petition.id },
    });
    expect(waiting).toMatchObject({
      status: "PENDING",
      name: null,
      city: null,
      email: hidden.email,
    });
    await confirmSignature(await confirmLinkFor(hidden.email));
    const row = await database.db.petitionSignature.findFirstOrThrow({
      where: { petitionId: petition.id },
    });
    expect(row).toMatchObject({
      name: null,
      city: null,
      country: null,
      comment: null,
      email: hidden.email,
    });
  });

  it("counts every one of many confirmations racing on one petition, and a withdrawal racing a confirmation leaves the count true", async () => {
    const petition = await createPetition();
    const signers = Array.from({ length: 8 }, () => form(petition.id));
    for (const signer of signers) await sign(signer);
    const tokens = await Promise.all(signers.map((signer) => confirmLinkFor(signer.email)));
    const outcomes = await Promise.all(tokens.map((token) => confirmSignature(token)));
    expect(outcomes.map((one) => one.outcome)).toEqual(signers.map(() => "confirmed"));
    expect(await countOf(petition.id)).toBe(8);

    const last = form(petition.id);
    await sign(last);
    const [confirmToken, withdrawToken] = await Promise.all([
      confirmLinkFor(last.email),
      withdrawLinkFor(last.email),
    ]);
    await Promise.all([confirmSignature(confirmToken), withdrawSignature(withdrawToken)]);
    const confirmed = await database.db.petitionSignature.count({
      where: { petitionId: petition.id, status: "CONFIRMED" },
    });
    expect(confirmed).toBe(8);
    expect(await countOf(petition.id)).toBe(confirmed);
  });

  it("withdraws through the emailed link: the signature is gone and uncounted", async () => {
    const petition = await createPetition();
    const input = form(petition.id);
    await sign(input);
    const withdraw = await withdrawLinkFor(input.email);
    await confirmSignature(await confirmLinkFor(input.email));
    expect(await countOf(petition.id)).toBe(1);
    expect((await withdrawSignature(withdraw)).outcome).toBe("withdrawn");
    expect(await countOf(petition.id)).toBe(0);
    expect(await database.db.petitionSignature.count({ where: { petitionId: petition.id } })).toBe(
      0,
    );
    expect((await withdrawSignature(withdraw)).outcome).toBe("dead");
    expect(await countOf(petition.id)).toBe(0);
  });

  it("refuses a reused token, a form sent too fast, a closed petition and a flood from one address", async () => {
    const petition = await createPetition();
    const input = form(petition.id);
    await sign(input);
    await expect(sign({ ...input, email: `x-${unique()}@example.org` })).rejects.toMatchObject({
      reason: "tokenUsed",
    });
    await expect(
      sign(form(petition.id, { token: issueSignToken(petition.id) })),
    ).rejects.toMatchObject({ reason: "tooFast" });
    await expect(sign(form(petition.id, { token: "forged" }))).rejects.toMatchObject({
      reason: "tokenInvalid",
    });

    const flooded = `flood-${unique()}@example.org`;
    for (let i = 0; i < 3; i += 1)
      await sign(form(petition.id, { email: flooded }), `198.51.100.${i}`);
    const refusal = await sign(form(petition.id, { email: flooded }), "198.51.100.99").catch(
      (error: unknown) => error,
    );
    expect(refusal).toBeInstanceOf(SignRefusedError);
    expect((refusal as SignRefusedError).reason).toBe("rateLimited");

    const closed = await createPetition({ endsAt: new Date(Date.now() - 1000) });
    await expect(sign(form(closed.id))).rejects.toMatchObject({ reason: "closed" });
  });

  it("refuses bad fields with a reason per field, storing nothing", async () => {
    const petition = await createPetition();
    const error = (await sign(
      form(petition.id, { name: " ", email: "not-an-email", comment: "see https://spam.example" }),
    ).catch((caught: unknown) => caught)) as SignRefusedError;
    expect(error.fieldReasons).toEqual({
      name: ["nameRequired"],
      email: ["emailInvalid"],
      comment: ["commentLinks"],
    });
    expect(await database.db.petitionSignature.count({ where: { petitionId: petition.id } })).toBe(
      0,
    );
  });

  it("refuses while mail is off, storing nothing, since no one could confirm", async () => {
    const petition = await createPetition();
    mail.setMailTransport(null);
    try {
      await expect(sign(form(petition.id))).rejects.toMatchObject({ reason: "mailOff" });
    } finally {
      mail.setMailTransport(nodemailer.createTransport(mailServer.url));
    }
    expect(await database.db.petitionSignature.count({ where: { petitionId: petition.id } })).toBe(
      0,
    );
  });

  it("answers a filled honeypot like a signature and stores nothing", async () => {
    const petition = await createPetition();
    expect(await sign(form(petition.id, { website: "http://spam.example" }))).toBe(petition.slug);
    expect(await database.db.petitionSignature.count({ where: { petitionId: petition.id } })).toBe(
      0,
    );
  });
});

describe("petition upkeep", () => {
  it("closes a petition at its end date; an unconfirmed signature then cannot count and is deleted", async () => {
    const petition = await createPetition({ endsAt: new Date(Date.now() + 60_000) });
    const input = form(petition.id);
    await sign(input);
    const token = await confirmLinkFor(input.email);
    const result = await runPetitionUpkeep(new Date(Date.now() + 120_000));
    expect(result.closed).toContain(petition.id);
    expect(
      (await database.db.petition.findUniqueOrThrow({ where: { id: petition.id } })).status,
    ).toBe("CLOSED");
    expect(await database.db.petitionSignature.count({ where: { petitionId: petition.id } })).toBe(
      0,
    );
    expect((await confirmSignature(token)).outcome).toBe("dead");
    expect(await countOf(petition.id)).toBe(0);
  });

  it("deletes every signer's data the set number of days after delivery, keeping the count", async () => {
    await database.db.setting.upsert({
      where: { key: "petitions" },
      create: { key: "petitions", value: { retentionDays: 10 } },
      update: { value: { retentionDays: 10 } },
    });
    const petition = await createPetition();
    const input = form(petition.id);
    await sign(input);
    await confirmSignature(await confirmLinkFor(input.email));
    const delivered = new Date("2026-11-01T00:00:00Z");
    await database.db.petition.update({
      where: { id: petition.id },
      data: { status: "DELIVERED", deliveredAt: delivered, closedAt: delivered },
    });
    expect((await runPetitionUpkeep(new Date("2026-11-10T00:00:00Z"))).erased).not.toContain(
      petition.id,
    );
    expect(await database.db.petitionSignature.count({ where: { petitionId: petition.id } })).toBe(
      1,
    );
    expect((await runPetitionUpkeep(new Date("2026-11-11T00:00:01Z"))).erased).toContain(
      petition.id,
    );
    expect(await database.db.petitionSignature.count({ where: { petitionId: petition.id } })).toBe(
      0,
    );
    const after = await database.db.petition.findUniqueOrThrow({ where: { id: petition.id } });
    expect(after.signatureCount).toBe(1);
    expect(after.dataDeletedAt).not.toBeNull();
  });

  it("deletes a signature left unconfirmed for a week", async () => {
    const petition = await createPetition();
    const input = form(petition.id);
    await sign(input);
    await runPetitionUpkeep(new Date(Date.now() + 6 * 24 * 60 * 60 * 1000));
    expect(await database.db.petitionSignature.count({ where: { petitionId: petition.id } })).toBe(
      1,
    );
    await runPetitionUpkeep(new Date(Date.now() + 8 * 24 * 60 * 60 * 1000));
    expect(await database.db.petitionSignature.count({ where: { petitionId: petition.id } })).toBe(
      0,
    );
  });
});
