import { describe, expect, it } from "vitest";
import { confirmSignature, withdrawSignature } from "@/lib/petitions/confirm";
import { runPetitionUpkeep } from "@/lib/petitions/upkeep";
import { signingHarness } from "@/tests/factories/petition-signing";

const { db, createPetition, form, sign, confirmLinkFor, withdrawLinkFor, countOf } =
  signingHarness();

describe("signatures racing", () => {
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
    const confirmed = await db().petitionSignature.count({
      where: { petitionId: petition.id, status: "CONFIRMED" },
    });
    expect(confirmed).toBe(8);
    expect(await countOf(petition.id)).toBe(confirmed);
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
    expect((await db().petition.findUniqueOrThrow({ where: { id: petition.id } })).status).toBe(
      "CLOSED",
    );
    expect(await db().petitionSignature.count({ where: { petitionId: petition.id } })).toBe(0);
    expect((await confirmSignature(token)).outcome).toBe("dead");
    expect(await countOf(petition.id)).toBe(0);
  });

  it("deletes every signer's data the set number of days after delivery, keeping the count", async () => {
    await db().setting.upsert({
      where: { key: "petitions" },
      create: { key: "petitions", value: { retentionDays: 10 } },
      update: { value: { retentionDays: 10 } },
    });
    const petition = await createPetition();
    const input = form(petition.id);
    await sign(input);
    await confirmSignature(await confirmLinkFor(input.email));
    const delivered = new Date("2026-11-01T00:00:00Z");
    await db().petition.update({
      where: { id: petition.id },
      data: { status: "DELIVERED", deliveredAt: delivered, closedAt: delivered },
    });
    expect((await runPetitionUpkeep(new Date("2026-11-10T00:00:00Z"))).erased).not.toContain(
      petition.id,
    );
    expect(await db().petitionSignature.count({ where: { petitionId: petition.id } })).toBe(1);
    expect((await runPetitionUpkeep(new Date("2026-11-11T00:00:01Z"))).erased).toContain(
      petition.id,
    );
    expect(await db().petitionSignature.count({ where: { petitionId: petition.id } })).toBe(0);
    const after = await db().petition.findUniqueOrThrow({ where: { id: petition.id } });
    expect(after.signatureCount).toBe(1);
    expect(after.dataDeletedAt).not.toBeNull();
  });

  it("deletes a signature left unconfirmed for a week", async () => {
    const petition = await createPetition();
    const input = form(petition.id);
    await sign(input);
    await runPetitionUpkeep(new Date(Date.now() + 6 * 24 * 60 * 60 * 1000));
    expect(await db().petitionSignature.count({ where: { petitionId: petition.id } })).toBe(1);
    await runPetitionUpkeep(new Date(Date.now() + 8 * 24 * 60 * 60 * 1000));
    expect(await db().petitionSignature.count({ where: { petitionId: petition.id } })).toBe(0);
  });
});
