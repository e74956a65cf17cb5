import { randomBytes } from "node:crypto";
import { mkdtempSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import nodemailer from "nodemailer";
import { afterAll, beforeAll, inject } from "vitest";
import { getDb } from "@/lib/db";
import type { SignerDisplay } from "@/lib/generated/prisma/enums";
import * as mail from "@/lib/mail";
import type { SignFormInput } from "@/lib/petitions/sign-schema";
import { signPetition } from "@/lib/petitions/signing";
import { issueSignToken } from "@/lib/petitions/tokens";
import { type TestDatabase, createTestDatabase } from "@/tests/setup/database";
import { linksIn, startMailServer, waitForMail } from "@/tests/setup/smtp";

const unique = () => randomBytes(4).toString("hex");

/**
 * A test file's database and real SMTP server for signing petitions (started before its tests,
 * stopped after), with the steps a signer takes: fill the form, read the emailed links.
 */
export function signingHarness() {
  process.env.AUTH_SECRET ??= "integration-test-secret-0123456789abcdef";
  let database: TestDatabase;
  let mailDir: string;
  let mailServer: Awaited<ReturnType<typeof startMailServer>>;
  /** The app's own transport, pointed at the real SMTP server running in this test. */
  const mailOn = () => mail.setMailTransport(nodemailer.createTransport(mailServer.url));

  beforeAll(async () => {
    database = await createTestDatabase(inject("pgAdminUrl"), inject("templateDatabase"));
    process.env.DATABASE_URL = database.url;
    mailDir = mkdtempSync(path.join(os.tmpdir(), "petition-mail-"));
    mailServer = await startMailServer(mailDir);
    mailOn();
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

  const db = () => database.db;

  async function createPetition(overrides: { signerDisplay?: SignerDisplay; endsAt?: Date } = {}) {
    const id = unique();
    return db().petition.create({
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

  /** The token of the emailed link for `purpose` in the confirmation email to `to`. */
  async function linkFor(to: string, purpose: "confirm" | "withdraw"): Promise<string> {
    const [message] = await waitForMail(mailDir, to, /^Please confirm your signature$/);
    const link = linksIn(message!).find((url) => url.includes(`/petitions/${purpose}?t=`));
    return new URL(link!).searchParams.get("t")!;
  }

  const countOf = async (id: string) =>
    (await db().petition.findUniqueOrThrow({ where: { id } })).signatureCount;

  return {
    db,
    mailDir: () => mailDir,
    mailOn,
    createPetition,
    form,
    sign,
    confirmLinkFor: (to: string) => linkFor(to, "confirm"),
    withdrawLinkFor: (to: string) => linkFor(to, "withdraw"),
    countOf,
    unique,
  };
}
