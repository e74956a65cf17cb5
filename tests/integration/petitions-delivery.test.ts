import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import type { Actor } from "@/lib/auth/permissions";
import { isAppError } from "@/lib/errors";
import { exportPetitionSignatures } from "@/lib/petitions/export";
import {
  deletePetitionAction,
  deliverPetitionAction,
  savePetitionSettingsAction,
} from "@/lib/petitions/staff-actions";
import { createStaffOfEveryRole } from "@/tests/factories/articles";
import { fieldErrorsOf, runAction } from "@/tests/factories/petition-forms";
import { addSignature, createPetition } from "@/tests/factories/petitions";
import { type TestDatabase, createTestDatabase } from "@/tests/setup/database";

let database: TestDatabase;
let staff: Record<"admin" | "editor" | "author" | "moderator", Actor>;

beforeAll(async () => {
  database = await createTestDatabase(inject("pgAdminUrl"), inject("templateDatabase"));
  process.env.DATABASE_URL = database.url;
  staff = await createStaffOfEveryRole(database.db);
});

afterAll(async () => {
  await database.drop();
});

/** The CSV's rows as cells (no quoted line breaks in these tests), header first. */
const rowsOf = (csv: string) =>
  csv
    .trimEnd()
    .split("\r\n")
    .map((line) => line.split(","));

const exportAudits = (petitionId: string) =>
  database.db.auditLog.findMany({
    where: { action: "petition.export", targetId: petitionId },
    orderBy: { createdAt: "asc" },
  });

describe("delivering, deleting and the settings", () => {
  it("delivers: not in the future, a note in the default language, then DELIVERED with dates", async () => {
    const petition = await createPetition(database.db, {
      texts: {
        en: { title: "Deliver me", addressee: "", body: "", deliveryNote: "" },
        be: { title: "Дастаўце", addressee: "", body: "", deliveryNote: "" },
      },
    });
    const future = await runAction(staff.editor, deliverPetitionAction, {
      id: petition.id,
      deliveredOn: "2999-01-01",
      "notes.en": "Handed over",
    });
    expect(fieldErrorsOf(future).deliveredOn?.join(" ")).toMatch(/after today/);
    const noNote = await runAction(staff.editor, deliverPetitionAction, {
      id: petition.id,
      deliveredOn: "2026-12-01",
      "notes.en": "",
      "notes.be": "Перададзена",
    });
    expect(fieldErrorsOf(noNote)["notes.en"]?.join(" ")).toMatch(/English/);
    expect(noNote.state).toMatchObject({ values: { "notes.be": "Перададзена" } });

    const done = await runAction(staff.editor, deliverPetitionAction, {
      id: petition.id,
      deliveredOn: "2026-12-01",
      "notes.en": "Handed to the embassy in Vilnius.",
      "notes.be": "Перададзена ў амбасаду.",
    });
    expect(done.redirect).toMatch(/saved=deliver$/);
    const row = await database.db.petition.findUniqueOrThrow({ where: { id: petition.id } });
    expect(row.status).toBe("DELIVERED");
    expect(row.deliveredAt?.toISOString().slice(0, 10)).toBe("2026-12-01");
    expect(row.closedAt).toBeInstanceOf(Date);
    expect(row.texts).toMatchObject({
      en: { deliveryNote: "Handed to the embassy in Vilnius." },
      be: { deliveryNote: "Перададзена ў амбасаду." },
    });
    expect(
      await database.db.auditLog.count({
        where: { action: "petition.deliver", targetId: petition.id },
      }),
    ).toBe(1);

    const draft = await createPetition(database.db, { status: "DRAFT" });
    const refused = await runAction(staff.editor, deliverPetitionAction, {
      id: draft.id,
      deliveredOn: "2026-12-01",
      "notes.en": "Handed over",
    });
    expect(refused.state?.ok).toBe(false);
    expect(refused.state && !refused.state.ok && refused.state.formError).toMatch(/draft/i);
  });

  it("deletes a petition with its signatures, audit-logged", async () => {
    const petition = await createPetition(database.db);
    await addSignature(database.db, petition.id);
    await addSignature(database.db, petition.id, { status: "PENDING" });
    const { redirect } = await runAction(staff.editor, deletePetitionAction, { id: petition.id });
    expect(redirect).toBe("/admin/petitions?deleted=1");
    expect(await database.db.petition.count({ where: { id: petition.id } })).toBe(0);
    expect(await database.db.petitionSignature.count({ where: { petitionId: petition.id } })).toBe(
      0,
    );
    const audit = await database.db.auditLog.findFirstOrThrow({
      where: { action: "petition.delete", targetId: petition.id },
    });
    expect(audit.details).toMatchObject({ signaturesDeleted: 2, signatureCount: 1 });
  });

  it("settings: an admin sets the retention days; an empty field is an error", async () => {
    const empty = await runAction(staff.admin, savePetitionSettingsAction, { retentionDays: "" });
    expect(fieldErrorsOf(empty).retentionDays?.length).toBeTruthy();
    const saved = await runAction(staff.admin, savePetitionSettingsAction, { retentionDays: "14" });
    expect(saved.state).toMatchObject({ ok: true });
    const row = await database.db.setting.findUniqueOrThrow({ where: { key: "petitions" } });
    expect(row.value).toEqual({ retentionDays: 14 });
    const refused = await runAction(staff.editor, savePetitionSettingsAction, {
      retentionDays: "3",
    });
    expect(refused.state).toMatchObject({
      ok: false,
      formError: "You do not have permission to do that.",
    });
  });
});

describe("the signer export", () => {
  it("is refused to an editor, an author and a moderator, and leaves no audit entry", async () => {
    const petition = await createPetition(database.db);
    await addSignature(database.db, petition.id);
    for (const role of ["editor", "author", "moderator"] as const) {
      const refusal = await exportPetitionSignatures(staff[role], petition.id, {
        includeEmails: false,
      }).catch((error: unknown) => error);
      expect(isAppError(refusal) && refusal.code, role).toBe("FORBIDDEN");
    }
    expect(await exportAudits(petition.id)).toEqual([]);
  });

  it("gives an admin the confirmed signatures without emails, or with them when asked, audit-logged", async () => {
    const petition = await createPetition(database.db);
    await addSignature(database.db, petition.id, {
      name: "Ales Bialiatski",
      email: "ales@example.org",
      city: "Minsk",
      country: "Belarus",
      mayEmail: true,
      language: "be",
      confirmedAt: new Date("2026-12-01T10:00:00Z"),
    });
    await addSignature(database.db, petition.id, {
      name: "Second Signer",
      email: "second@example.org",
      confirmedAt: new Date("2026-12-02T10:00:00Z"),
    });
    await addSignature(database.db, petition.id, {
      status: "PENDING",
      email: "pending@example.org",
    });

    const plain = await exportPetitionSignatures(staff.admin, petition.id, {
      includeEmails: false,
    });
    expect(plain.rows).toBe(2);
    expect(plain.filename).toMatch(
      new RegExp(`^${petition.slug}-signatures-\\d{4}-\\d{2}-\\d{2}\\.csv$`),
    );
    expect(plain.csv).not.toContain("@example.org");
    expect(rowsOf(plain.csv)).toEqual([
      ["Confirmed at (UTC)", "Name", "City", "Country", "Comment", "May email", "Language"],
      ["2026-12-01T10:00:00.000Z", "Ales Bialiatski", "Minsk", "Belarus", "", "yes", "be"],
      ["2026-12-02T10:00:00.000Z", "Second Signer", "", "", "", "no", "en"],
    ]);

    const withEmails = await exportPetitionSignatures(staff.admin, petition.id, {
      includeEmails: true,
    });
    const rows = rowsOf(withEmails.csv);
    expect(rows[0]?.at(-1)).toBe("Email");
    expect(rows.slice(1).map((row) => row.at(-1))).toEqual([
      "ales@example.org",
      "second@example.org",
    ]);
    expect(withEmails.csv).not.toContain("pending@example.org");

    const audits = await exportAudits(petition.id);
    expect(audits.map((audit) => audit.details)).toEqual([
      { rows: 2, includeEmails: false },
      { rows: 2, includeEmails: true },
    ]);
    expect(audits.every((audit) => audit.actorId === staff.admin.id)).toBe(true);
    // The entry says how much was exported, never what: no signer's name or address in it.
    expect(JSON.stringify(audits)).not.toMatch(/Bialiatski|ales@example|second@example|Minsk/);
  });

  it("keeps what signers typed from running as a spreadsheet formula, and quotes commas and quotes", async () => {
    const petition = await createPetition(database.db);
    await addSignature(database.db, petition.id, {
      name: '=HYPERLINK("http://evil.example","click")',
      city: "+7 Minsk",
      country: "-Belarus",
      comment: '@SUM(A1:A9), "free" them',
      confirmedAt: new Date("2026-12-01T10:00:00Z"),
    });
    const { csv } = await exportPetitionSignatures(staff.admin, petition.id, {
      includeEmails: false,
    });
    const line = csv.split("\r\n")[1];
    expect(line).toBe(
      '2026-12-01T10:00:00.000Z,"\'=HYPERLINK(""http://evil.example"",""click"")",\'+7 Minsk,\'-Belarus,"\'@SUM(A1:A9), ""free"" them",no,en',
    );
  });
});
