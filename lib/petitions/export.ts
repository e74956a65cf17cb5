import "server-only";
import { recordAudit } from "@/lib/audit";
import { type Actor, assertCan } from "@/lib/auth/permissions";
import { getDb } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { staffMessages } from "@/lib/i18n/messages/staff";
import { petitionTextIn, readPetitionTexts } from "@/lib/petitions/record";
import { getSiteSettings } from "@/lib/settings/queries";

/**
 * One CSV cell (RFC 4180). A value a spreadsheet would run as a formula (starting with = + - @,
 * or a tab or carriage return before one) is prefixed with ' so it stays text: signers type
 * these values, staff open the file.
 */
function csvCell(value: string | null): string {
  let text = value ?? "";
  if (/^[=+\-@\t\r]/.test(text)) text = `'${text}`;
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

const csvLine = (cells: (string | null)[]) => cells.map(csvCell).join(",");

export type SignatureExport = { filename: string; csv: string; rows: number };

/**
 * The confirmed signatures of a petition as CSV, oldest first; the email column only when asked
 * for. Every export is audit-logged (how many rows, whether emails were in it), never what it
 * held. Needs petition:export.
 */
export async function exportPetitionSignatures(
  actor: Actor,
  id: string,
  { includeEmails }: { includeEmails: boolean },
): Promise<SignatureExport> {
  assertCan(actor, "petition:export");
  const db = getDb();
  const petition = await db.petition.findUnique({
    where: { id },
    select: { slug: true, texts: true },
  });
  if (!petition) throw new AppError("NOT_FOUND", "This petition no longer exists.");
  const signatures = await db.petitionSignature.findMany({
    where: { petitionId: id, status: "CONFIRMED" },
    orderBy: [{ confirmedAt: "asc" }, { id: "asc" }],
    select: {
      confirmedAt: true,
      name: true,
      city: true,
      country: true,
      comment: true,
      mayEmail: true,
      language: true,
      email: includeEmails,
    },
  });
  const t = staffMessages().petitions.export;
  const header = [
    t.columns.confirmedAt,
    t.columns.name,
    t.columns.city,
    t.columns.country,
    t.columns.comment,
    t.columns.mayEmail,
    t.columns.language,
    ...(includeEmails ? [t.columns.email] : []),
  ];
  const lines = signatures.map((signature) =>
    csvLine([
      signature.confirmedAt?.toISOString() ?? "",
      signature.name,
      signature.city,
      signature.country,
      signature.comment,
      signature.mayEmail ? t.yes : t.no,
      signature.language,
      ...(includeEmails ? [signature.email ?? ""] : []),
    ]),
  );
  const site = await getSiteSettings();
  const title = petitionTextIn(
    readPetitionTexts(petition.texts),
    site.defaultLanguage,
    site.defaultLanguage,
  ).title;
  await recordAudit(actor, {
    action: "petition.export",
    targetType: "Petition",
    targetId: id,
    summary: includeEmails
      ? `Exported ${signatures.length} signatures of "${title}" with email addresses`
      : `Exported ${signatures.length} signatures of "${title}" without email addresses`,
    details: { rows: signatures.length, includeEmails },
  });
  const day = new Date().toISOString().slice(0, 10);
  const safeSlug = petition.slug.replace(/[^a-z0-9-]/gi, "").slice(0, 80) || "petition";
  return {
    filename: `${safeSlug}-signatures-${day}.csv`,
    csv: [csvLine(header), ...lines].join("\r\n") + "\r\n",
    rows: signatures.length,
  };
}
