import { describe, expect, it } from "vitest";
import * as mail from "@/lib/mail";
import { confirmSignature, withdrawSignature } from "@/lib/petitions/confirm";
import { SignRefusedError } from "@/lib/petitions/signing";
import { issueSignToken } from "@/lib/petitions/tokens";
import { signingHarness } from "@/tests/factories/petition-signing";
import { waitForMail } from "@/tests/setup/smtp";

const {
  db,
  mailDir,
  mailOn,
  createPetition,
  form,
  sign,
  confirmLinkFor,
  withdrawLinkFor,
  countOf,
  unique,
} = signingHarness();

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
    const row = await db().petitionSignature.findFirstOrThrow({
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
    const [notice] = await waitForMail(mailDir(), first.email, /^You have already signed$/);
    expect(notice!.text).toContain("nothing changed");
    expect(await countOf(petition.id)).toBe(1);
    const rows = await db().petitionSignature.findMany({
      where: { petitionId: petition.id },
    });
    expect(rows.map((row) => row.name)).toEqual(["Hanna Ivanova"]);
  });

  it("keeps only initials on an initials petition, and only the keyed hash on a count-only one", async () => {
    const initials = await createPetition({ signerDisplay: "INITIALS" });
    const a = form(initials.id, { name: "Ales Viktaravich Bialiatski" });
    await sign(a);
    await confirmSignature(await confirmLinkFor(a.email));
    const kept = await db().petitionSignature.findFirstOrThrow({
      where: { petitionId: initials.id },
    });
    expect(kept.name).toBe("A. V. B.");

    const countOnly = await createPetition({ signerDisplay: "COUNT_ONLY" });
    const b = form(countOnly.id, { mayEmail: "on" });
    await sign(b);
    const pending = await db().petitionSignature.findFirstOrThrow({
      where: { petitionId: countOnly.id },
    });
    // Nothing typed is kept even while it waits: the email went to the address as typed.
    expect(pending).toMatchObject({ email: null, name: null, city: null, comment: null });
    await confirmSignature(await confirmLinkFor(b.email));
    const row = await db().petitionSignature.findFirstOrThrow({
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
    const waiting = await db().petitionSignature.findFirstOrThrow({
      where: { petitionId: petition.id },
    });
    expect(waiting).toMatchObject({
      status: "PENDING",
      name: null,
      city: null,
      email: hidden.email,
    });
    await confirmSignature(await confirmLinkFor(hidden.email));
    const row = await db().petitionSignature.findFirstOrThrow({
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

  it("withdraws through the emailed link: the signature is gone and uncounted", async () => {
    const petition = await createPetition();
    const input = form(petition.id);
    await sign(input);
    const withdraw = await withdrawLinkFor(input.email);
    await confirmSignature(await confirmLinkFor(input.email));
    expect(await countOf(petition.id)).toBe(1);
    expect((await withdrawSignature(withdraw)).outcome).toBe("withdrawn");
    expect(await countOf(petition.id)).toBe(0);
    expect(await db().petitionSignature.count({ where: { petitionId: petition.id } })).toBe(0);
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
    expect(await db().petitionSignature.count({ where: { petitionId: petition.id } })).toBe(0);
  });

  it("refuses while mail is off, storing nothing, since no one could confirm", async () => {
    const petition = await createPetition();
    mail.setMailTransport(null);
    try {
      await expect(sign(form(petition.id))).rejects.toMatchObject({ reason: "mailOff" });
    } finally {
      mailOn();
    }
    expect(await db().petitionSignature.count({ where: { petitionId: petition.id } })).toBe(0);
  });

  it("answers a filled honeypot like a signature and stores nothing", async () => {
    const petition = await createPetition();
    expect(await sign(form(petition.id, { website: "http://spam.example" }))).toBe(petition.slug);
    expect(await db().petitionSignature.count({ where: { petitionId: petition.id } })).toBe(0);
  });
});
