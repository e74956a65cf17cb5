import "server-only";
import { diffWords } from "diff";
import { type Actor, assertCan } from "@/lib/auth/permissions";
import { getDb } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { LANGUAGES, type Lang } from "@/lib/i18n/languages";
import { staffMessages } from "@/lib/i18n/messages/staff";
import { type PersonSnapshot, PersonSnapshotSchema } from "@/lib/people/snapshot";

/** A word-level difference; the page renders parts as text inside <ins>/<del>, never as HTML. */
type DiffPart = { value: string; added: boolean; removed: boolean };

const languageName = (code: string) =>
  Object.hasOwn(LANGUAGES, code) ? LANGUAGES[code as Lang].englishName : code;

/** Texts by language as "Label (English): text" lines, in a stable order. */
function byLanguage(label: string, texts: Partial<Record<string, string>>): string[] {
  return Object.entries(texts)
    .filter(([, text]) => !!text)
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([code, text]) => `${label} (${languageName(code)}): ${text}`);
}

/** A snapshot as readable lines (names, bios, status, charges, timeline, addresses, articles). */
function snapshotText(snapshot: PersonSnapshot): string {
  const t = staffMessages().people.snapshot;
  const kinds = staffMessages().people.eventKinds;
  const { year, month, day } = snapshot.birth;
  const birth = [year ?? "····", month ? String(month).padStart(2, "0") : "··", day ?? "··"];
  const lines = [
    `${t.slug}: ${snapshot.slug}`,
    ...byLanguage(t.name, snapshot.names),
    ...snapshot.spellings.map((spelling) => `${t.spelling}: ${spelling}`),
    `${t.status}: ${snapshot.status.names.en ?? snapshot.status.key}`,
    `${t.published}: ${snapshot.published ? t.yes : t.no}`,
    `${t.photo}: ${snapshot.photo?.name ?? "—"}${snapshot.photoCredit ? ` (${snapshot.photoCredit})` : ""}`,
    `${t.born}: ${birth.join("-")}${snapshot.showBirthday ? ` (${t.birthdayShown})` : ""}`,
    ...snapshot.regions.map((region) => `${t.region}: ${region}`),
    ...snapshot.charges.map((charge) => `${t.charge}: ${charge.article} — ${charge.text}`),
    ...byLanguage(t.bio, snapshot.bios),
    ...snapshot.events.flatMap((event) => {
      const kind = Object.hasOwn(kinds, event.kind)
        ? kinds[event.kind as keyof typeof kinds]
        : event.kind;
      const texts = Object.entries(event.texts)
        .filter(([, value]) => value && (value.place || value.note || value.sentence))
        .map(
          ([code, value]) =>
            `    (${languageName(code)}) ${[value.place, value.sentence, value.note].filter(Boolean).join(" · ")}`,
        );
      const source = event.sourceUrl ? [`    ${t.source}: ${event.sourceUrl}`] : [];
      return [`${t.event}: ${event.date} ${kind}`, ...texts, ...source];
    }),
    ...snapshot.addresses.flatMap((address) => [
      `${t.address} ${address.validFrom}${address.lastVerified ? ` (${t.verified} ${address.lastVerified})` : ""}:`,
      ...address.address.split("\n").map((line) => `    ${line}`),
      ...(address.latin ? address.latin.split("\n").map((line) => `    ${line}`) : []),
    ]),
    ...snapshot.articles.map((article) => `${t.article}: ${article.title}`),
  ];
  return lines.join("\n");
}

function readSnapshot(value: unknown): string {
  const parsed = PersonSnapshotSchema.safeParse(value);
  return parsed.success ? snapshotText(parsed.data) : "";
}

export type PersonRevisionItem = {
  id: string;
  createdAt: Date;
  editorName: string | null;
  /** What changed from the revision before (the first one: everything, as added). */
  diff: DiffPart[];
};

/**
 * Every revision of a person, newest first, each with its word difference from the one before.
 * Needs person:manage.
 */
export async function listPersonRevisions(
  actor: Actor,
  personId: string,
): Promise<PersonRevisionItem[]> {
  assertCan(actor, "person:manage");
  const db = getDb();
  const person = await db.person.findUnique({ where: { id: personId }, select: { id: true } });
  if (!person) throw new AppError("NOT_FOUND", "This person no longer exists.");
  const revisions = await db.personRevision.findMany({
    where: { personId },
    orderBy: [{ createdAt: "asc" }, { id: "asc" }],
    select: { id: true, createdAt: true, snapshot: true, editor: { select: { name: true } } },
  });
  let previous = "";
  const items = revisions.map((revision) => {
    const text = readSnapshot(revision.snapshot);
    const diff = diffWords(previous, text).map((part) => ({
      value: part.value,
      added: !!part.added,
      removed: !!part.removed,
    }));
    previous = text;
    return {
      id: revision.id,
      createdAt: revision.createdAt,
      editorName: revision.editor?.name ?? null,
      diff,
    };
  });
  return items.reverse();
}
