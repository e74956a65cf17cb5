import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import type { Actor } from "@/lib/auth/permissions";
import {
  deletePetitionAction,
  deliverPetitionAction,
  savePetitionAction,
  savePetitionSettingsAction,
} from "@/lib/petitions/staff-actions";
import { createStaffOfEveryRole } from "@/tests/factories/articles";
import {
  PETITION_FORM,
  editFields,
  fieldErrorsOf,
  runAction,
} from "@/tests/factories/petition-forms";
import { addSignature, createPetition } from "@/tests/factories/petitions";
import { type TestDatabase, createTestDatabase } from "@/tests/setup/database";

let database: TestDatabase;
let staff: Record<"admin" | "editor" | "author" | "moderator", Actor>;
let personId: string;
let tagId: string;

beforeAll(async () => {
  database = await createTestDatabase(inject("pgAdminUrl"), inject("templateDatabase"));
  process.env.DATABASE_URL = database.url;
  staff = await createStaffOfEveryRole(database.db);
  const status = await database.db.personStatus.create({
    data: { key: "sentenced", names: { en: "Sentenced" }, isHeld: true },
  });
  personId = (
    await database.db.person.create({
      data: { slug: "ales", names: { en: "Ales Bialiatski" }, statusId: status.id },
    })
  ).id;
  tagId = (
    await database.db.term.create({ data: { taxonomy: "TAG", name: "Viasna", slug: "viasna" } })
  ).id;
});

afterAll(async () => {
  await database.drop();
});

const counts = async () => ({
  petitions: await database.db.petition.count(),
  signatures: await database.db.petitionSignature.count(),
  audit: await database.db.auditLog.count(),
  settings: await database.db.setting.count(),
});

describe("petitions in the staff area", () => {
  it("an editor adds a petition: slug from the title, text sanitized, links kept, audit entry", async () => {
    const { redirect } = await runAction(staff.editor, savePetitionAction, {
      ...PETITION_FORM,
      personIds: [personId],
      termIds: [tagId],
    });
    expect(redirect).toMatch(/^\/admin\/petitions\/[^/?]+\?saved=create$/);
    const petition = await database.db.petition.findUniqueOrThrow({
      where: { slug: "free-ales-bialiatski" },
      include: { people: { select: { id: true } }, terms: { select: { id: true } } },
    });
    const texts = petition.texts as Record<string, { title: string; body: string }>;
    expect(texts.en!.body).toContain("<p>Release him.</p>");
    expect(texts.en!.body).not.toMatch(/script|onerror/);
    expect(texts.be!.title).toBe("Свабоду Алесю Бяляцкаму");
    expect(texts).not.toHaveProperty("ru");
    expect(petition).toMatchObject({ goal: 10_000, hashtag: "#FreeAles", status: "OPEN" });
    expect(petition.people).toEqual([{ id: personId }]);
    expect(petition.terms).toEqual([{ id: tagId }]);
    const audit = await database.db.auditLog.findFirstOrThrow({
      where: { action: "petition.create", targetId: petition.id },
    });
    expect(audit.actorId).toBe(staff.editor.id);
  });

  it("reads the end date in the site's time zone (Minsk, UTC+3)", async () => {
    const { redirect } = await runAction(staff.editor, savePetitionAction, {
      ...PETITION_FORM,
      "texts.en.title": "Dated petition",
      endsAt: "2031-03-01T12:00",
    });
    expect(redirect).toBeTruthy();
    const petition = await database.db.petition.findUniqueOrThrow({
      where: { slug: "dated-petition" },
    });
    expect(petition.endsAt?.toISOString()).toBe("2031-03-01T09:00:00.000Z");
  });

  it("refuses a save without the default language's title and keeps everything typed", async () => {
    const before = await counts();
    const result = await runAction(staff.editor, savePetitionAction, {
      ...PETITION_FORM,
      "texts.en.title": "",
      personIds: [personId],
    });
    expect(fieldErrorsOf(result)["texts.en.title"]?.join(" ")).toMatch(/English/);
    expect(result.state).toMatchObject({
      ok: false,
      values: {
        "texts.be.title": "Свабоду Алесю Бяляцкаму",
        "texts.en.addressee": "The President of Belarus",
        hashtag: "FreeAles",
        personIds: personId,
      },
    });
    expect(await counts()).toEqual(before);
  });

  it("a taken or reserved slug, a bad goal or hashtag are field errors", async () => {
    const taken = await runAction(staff.editor, savePetitionAction, {
      ...PETITION_FORM,
      slug: "free-ales-bialiatski",
    });
    expect(fieldErrorsOf(taken).slug?.join(" ")).toMatch(/already used/);
    expect(taken.state).toMatchObject({ values: { "texts.en.title": "Free Ales Bialiatski" } });
    const reserved = await runAction(staff.editor, savePetitionAction, {
      ...PETITION_FORM,
      slug: "Confirm",
    });
    expect(fieldErrorsOf(reserved).slug?.join(" ")).toMatch(/petition pages themselves/);
    const bad = await runAction(staff.editor, savePetitionAction, {
      ...PETITION_FORM,
      goal: "0",
      hashtag: "#two words",
    });
    expect(Object.keys(fieldErrorsOf(bad)).sort()).toEqual(["goal", "hashtag"]);
  });

  it("a less revealing display trims stored signatures at once; a more revealing one is refused", async () => {
    const petition = await createPetition(database.db, { signerDisplay: "FULL_NAME" });
    const named = await addSignature(database.db, petition.id, {
      name: "Ales Bialiatski",
      city: "Minsk",
      comment: "Free them all",
      mayEmail: true,
    });
    const pending = await addSignature(database.db, petition.id, {
      status: "PENDING",
      name: "Maryna Dubina",
    });

    const toInitials = await runAction(
      staff.editor,
      savePetitionAction,
      await editFields(database.db, petition.id, { signerDisplay: "INITIALS" }),
    );
    expect(toInitials.redirect).toMatch(/saved=update$/);
    expect(
      await database.db.petitionSignature.findUniqueOrThrow({ where: { id: named.id } }),
    ).toMatchObject({ name: "A. B.", city: "Minsk", email: named.email });
    // A waiting signature is trimmed at once too: it holds no more than a confirmed one.
    expect(
      (await database.db.petitionSignature.findUniqueOrThrow({ where: { id: pending.id } })).name,
    ).toBe("M. D.");

    const backToFull = await runAction(
      staff.editor,
      savePetitionAction,
      await editFields(database.db, petition.id, { signerDisplay: "FULL_NAME", goal: "5000" }),
    );
    expect(fieldErrorsOf(backToFull).signerDisplay?.join(" ")).toMatch(/initials only/);
    expect(backToFull.state).toMatchObject({ values: { goal: "5000" } });
    expect(
      await database.db.petition.findUniqueOrThrow({ where: { id: petition.id } }),
    ).toMatchObject({ signerDisplay: "INITIALS", goal: 1000 });

    await runAction(
      staff.editor,
      savePetitionAction,
      await editFields(database.db, petition.id, { signerDisplay: "COUNT_ONLY" }),
    );
    expect(
      await database.db.petitionSignature.findUniqueOrThrow({ where: { id: named.id } }),
    ).toMatchObject({
      email: null,
      name: null,
      city: null,
      country: null,
      comment: null,
      showName: false,
      mayEmail: false,
    });
    const audit = await database.db.auditLog.findFirstOrThrow({
      where: { action: "petition.update", targetId: petition.id },
      orderBy: { createdAt: "desc" },
    });
    // The confirmed signature and the waiting one.
    expect(audit.details).toMatchObject({ trimmedSignatures: 2, signerDisplay: "COUNT_ONLY" });
    const widen = await runAction(
      staff.editor,
      savePetitionAction,
      await editFields(database.db, petition.id, { signerDisplay: "INITIALS" }),
    );
    expect(fieldErrorsOf(widen).signerDisplay?.join(" ")).toMatch(/the count only/);
  });

  it("with no signature yet, any display may be chosen", async () => {
    const petition = await createPetition(database.db, { signerDisplay: "COUNT_ONLY" });
    const { redirect } = await runAction(
      staff.editor,
      savePetitionAction,
      await editFields(database.db, petition.id, { signerDisplay: "FULL_NAME" }),
    );
    expect(redirect).toBeTruthy();
    expect(
      (await database.db.petition.findUniqueOrThrow({ where: { id: petition.id } })).signerDisplay,
    ).toBe("FULL_NAME");
  });

  it("closing sets closedAt, reopening clears it, and is refused once signer data is deleted", async () => {
    const petition = await createPetition(database.db);
    await runAction(
      staff.editor,
      savePetitionAction,
      await editFields(database.db, petition.id, { status: "CLOSED" }),
    );
    const closed = await database.db.petition.findUniqueOrThrow({ where: { id: petition.id } });
    expect(closed.status).toBe("CLOSED");
    expect(closed.closedAt).toBeInstanceOf(Date);
    await runAction(
      staff.editor,
      savePetitionAction,
      await editFields(database.db, petition.id, { status: "OPEN" }),
    );
    expect(
      await database.db.petition.findUniqueOrThrow({ where: { id: petition.id } }),
    ).toMatchObject({ status: "OPEN", closedAt: null });

    const erased = await createPetition(database.db, {
      status: "CLOSED",
      closedAt: new Date("2026-01-01T00:00:00Z"),
      dataDeletedAt: new Date("2026-02-01T00:00:00Z"),
    });
    const reopen = await runAction(
      staff.editor,
      savePetitionAction,
      await editFields(database.db, erased.id, { status: "OPEN" }),
    );
    expect(fieldErrorsOf(reopen).status?.join(" ")).toMatch(/deleted on 2026-02-01/);
    expect(
      (await database.db.petition.findUniqueOrThrow({ where: { id: erased.id } })).status,
    ).toBe("CLOSED");
    const delivered = await runAction(
      staff.editor,
      savePetitionAction,
      await editFields(database.db, petition.id, { status: "DELIVERED" }),
    );
    expect(fieldErrorsOf(delivered).status?.join(" ")).toMatch(/delivery form/);
  });

  it.each(["author", "moderator"] as const)(
    "a %s is refused by every petition action, and nothing is written",
    async (role) => {
      const petition = await createPetition(database.db, { status: "CLOSED" });
      await addSignature(database.db, petition.id);
      const before = await counts();
      const attempts = [
        await runAction(staff[role], savePetitionAction, {
          ...PETITION_FORM,
          "texts.en.title": "Not allowed",
        }),
        await runAction(
          staff[role],
          savePetitionAction,
          await editFields(database.db, petition.id, { goal: "5" }),
        ),
        await runAction(staff[role], deliverPetitionAction, {
          id: petition.id,
          deliveredOn: "2026-12-01",
          "notes.en": "Handed over",
        }),
        await runAction(staff[role], deletePetitionAction, { id: petition.id }),
        await runAction(staff[role], savePetitionSettingsAction, { retentionDays: "1" }),
      ];
      for (const attempt of attempts) {
        expect(attempt.redirect).toBeNull();
        expect(attempt.state).toMatchObject({
          ok: false,
          formError: "You do not have permission to do that.",
        });
      }
      expect(await counts()).toEqual(before);
      expect(
        await database.db.petition.findUniqueOrThrow({ where: { id: petition.id } }),
      ).toMatchObject({ goal: 1000, status: "CLOSED" });
    },
  );
});
