import "server-only";
import { parseLocalDateTime } from "@/lib/articles/schemas";
import { toSlug } from "@/lib/articles/slug";
import { AppError, FieldError } from "@/lib/errors";
import { Prisma } from "@/lib/generated/prisma/client";
import type { PetitionStatus, SignerDisplay } from "@/lib/generated/prisma/enums";
import { LANGUAGES, type Lang } from "@/lib/i18n/languages";
import { mergeTexts } from "@/lib/people/service";
import { trimmedOnConfirm } from "@/lib/petitions/confirm";
import {
  type PetitionText,
  type PetitionTexts,
  initialsOf,
  petitionTextIn,
  readPetitionTexts,
} from "@/lib/petitions/record";
import type { PetitionInput } from "@/lib/petitions/staff-schemas";
import { sanitizeArticleHtml } from "@/lib/sanitize";
import type { SiteSettings } from "@/lib/settings/schemas";

/** The rules of the staff's petition writes (lib/petitions/service.ts), each inside its transaction. */

type Tx = Prisma.TransactionClient;
type Stored = Awaited<ReturnType<typeof lockPetition>>;

/** The public pages' own steps live at /petitions/<this>, so no petition may take them. */
const RESERVED_SLUGS = ["confirm", "withdraw"];

/** How much of a signer each display shows: a signature given for less is never shown more. */
const REVEALS: Record<SignerDisplay, number> = { COUNT_ONLY: 0, INITIALS: 1, FULL_NAME: 2 };
const DISPLAY_WORDS: Record<SignerDisplay, string> = {
  FULL_NAME: "full names",
  INITIALS: "initials only",
  COUNT_ONLY: "the count only",
};

export const english = (lang: Lang) => LANGUAGES[lang].englishName;
const isEmptyHtml = (html: string) =>
  !/<(img|iframe|figure)\b/i.test(html) && !html.replace(/<[^>]*>|&nbsp;|\s/g, "");
const isBlankText = (text: PetitionText) =>
  !text.title && !text.addressee && !text.body && !text.deliveryNote;

/** The typed texts, bodies sanitized, merged over what is stored; titles where text is. */
export function petitionTexts(
  stored: PetitionTexts,
  typed: PetitionInput["texts"],
  site: SiteSettings,
) {
  const cleaned: PetitionTexts = {};
  for (const [code, text] of Object.entries(typed) as [Lang, PetitionText][]) {
    const body = sanitizeArticleHtml(text.body);
    cleaned[code] = { ...text, body: isEmptyHtml(body) ? "" : body };
  }
  const texts = mergeTexts(stored, cleaned, site.languages, isBlankText);
  for (const code of site.languages) {
    if (texts[code] && !texts[code].title && code !== site.defaultLanguage) {
      throw new FieldError(
        `texts.${code}.title`,
        `Give the title in ${english(code)} too, or leave that language's other fields empty.`,
      );
    }
  }
  const title = texts[site.defaultLanguage]?.title;
  if (!title) {
    throw new FieldError(
      `texts.${site.defaultLanguage}.title`,
      `Give the petition's title in ${english(site.defaultLanguage)}, the site's default language.`,
    );
  }
  return { texts, title };
}

export async function resolveSlug(tx: Tx, typed: string, title: string, exceptId?: string) {
  const slug = toSlug(typed || title);
  if (!slug) {
    throw new FieldError(
      "slug",
      typed
        ? `"${typed}" has no letters or digits to make a web address from; type a slug such as "free-ales".`
        : "The title has no letters or digits to make a web address from; type a slug.",
    );
  }
  if (RESERVED_SLUGS.includes(slug)) {
    throw new FieldError(
      "slug",
      `"${slug}" is used by the petition pages themselves; choose another slug.`,
    );
  }
  const taken = await tx.petition.findUnique({ where: { slug }, select: { id: true } });
  if (taken && taken.id !== exceptId) {
    throw new FieldError(
      "slug",
      `The address "${slug}" is already used by another petition. Choose another slug.`,
      "CONFLICT",
    );
  }
  return slug;
}

/** A slug taken by a save committed meanwhile reads as the same field error. */
export async function withSlugCheck<T>(work: () => Promise<T>): Promise<T> {
  try {
    return await work();
  } catch (error) {
    if (error instanceof Prisma.PrismaClientKnownRequestError && error.code === "P2002") {
      throw new FieldError(
        "slug",
        "Another petition was given this address a moment ago. Choose another slug.",
        "CONFLICT",
      );
    }
    throw error;
  }
}

/** Checks that the people and terms ticked still exist. */
export async function checkLinks(tx: Tx, input: PetitionInput): Promise<void> {
  const [people, terms] = await Promise.all([
    tx.person.count({ where: { id: { in: input.personIds } } }),
    tx.term.count({ where: { id: { in: input.termIds } } }),
  ]);
  if (people !== new Set(input.personIds).size) {
    throw new FieldError(
      "personIds",
      "A person you ticked has been deleted meanwhile. Reload the page to see the current list.",
    );
  }
  if (terms !== new Set(input.termIds).size) {
    throw new FieldError(
      "termIds",
      "A tag, category or region you ticked has been deleted meanwhile. Reload the page to see the current list.",
    );
  }
}

export function readEndsAt(value: string | null, timeZone: string): Date | null {
  if (!value) return null;
  const date = parseLocalDateTime(value, timeZone);
  if (!date)
    throw new FieldError("endsAt", "Enter a real date and time, or leave the end date empty.");
  return date;
}

/** The status a save asks for, with its closing time, or the reason it cannot have it. */
export function nextStatus(
  before: Stored | null,
  status: PetitionStatus,
  endsAt: Date | null,
  now: Date,
) {
  const from = before?.status ?? "DRAFT";
  if (status === "DELIVERED" && from !== "DELIVERED") {
    throw new FieldError(
      "status",
      "Mark the petition delivered with the delivery form: it asks for the date and a note.",
    );
  }
  if (from === "DELIVERED" && status !== "DELIVERED") {
    throw new FieldError(
      "status",
      "A delivered petition stays delivered. Correct the date or the note with the delivery form.",
    );
  }
  if (status === "DRAFT" && from !== "DRAFT" && before?.hasSignatures) {
    throw new FieldError(
      "status",
      "People have signed this petition: close it rather than make it a draft again.",
    );
  }
  if (status === "OPEN" && before?.dataDeletedAt) {
    throw new FieldError(
      "status",
      `The signers' personal data was deleted on ${before.dataDeletedAt.toISOString().slice(0, 10)}: this petition cannot be opened again. Start a new one.`,
    );
  }
  if (status === "OPEN" && endsAt && endsAt <= now) {
    throw new FieldError(
      "endsAt",
      "This end date has passed, so the petition would close at once. Choose a later one or leave it empty.",
    );
  }
  const closes = status === "CLOSED" || status === "DELIVERED";
  return { status, closedAt: closes ? (before?.closedAt ?? now) : null };
}

/**
 * Applies a new signer display: a more revealing one is refused once anyone has signed (they
 * agreed to less); a less revealing one trims the confirmed signatures at once. Pending ones
 * are trimmed when they are confirmed, by the display then in force.
 */
export async function applyDisplay(tx: Tx, before: Stored, to: SignerDisplay): Promise<number> {
  const from = before.signerDisplay;
  if (REVEALS[to] === REVEALS[from]) return 0;
  if (REVEALS[to] > REVEALS[from]) {
    if (!before.hasSignatures) return 0;
    throw new FieldError(
      "signerDisplay",
      `People signed this petition when it showed ${DISPLAY_WORDS[from]}: it cannot show more of them now. It may show less.`,
    );
  }
  // Waiting signatures too: they were stored by the old display, and are trimmed now.
  const confirmed = { petitionId: before.id } as const;
  if (to === "COUNT_ONLY") {
    const nothing = {
      email: null,
      name: null,
      country: null,
      city: null,
      comment: null,
      showName: false,
      mayEmail: false,
    };
    const { count } = await tx.petitionSignature.updateMany({
      where: confirmed,
      data: trimmedOnConfirm("COUNT_ONLY", nothing),
    });
    return count;
  }
  const named = await tx.petitionSignature.findMany({
    where: { ...confirmed, name: { not: null } },
    select: { id: true, name: true },
  });
  // One update per distinct set of initials rather than one per signer.
  const byInitials = new Map<string, string[]>();
  for (const row of named) {
    const initials = initialsOf(row.name ?? "");
    byInitials.set(initials, [...(byInitials.get(initials) ?? []), row.id]);
  }
  for (const [initials, rowIds] of byInitials) {
    await tx.petitionSignature.updateMany({
      where: { id: { in: rowIds } },
      data: { name: initials || null },
    });
  }
  return named.length;
}

/** Locks the petition for the rest of the transaction and reads what the rules need. */
export async function lockPetition(tx: Tx, id: string) {
  await tx.$queryRaw`SELECT "id" FROM "Petition" WHERE "id" = ${id} FOR UPDATE`;
  const row = await tx.petition.findUnique({
    where: { id },
    include: {
      people: { select: { id: true } },
      terms: { select: { id: true } },
      _count: { select: { signatures: true } },
    },
  });
  if (!row) throw new AppError("NOT_FOUND", "This petition no longer exists.");
  const { _count, people, terms, ...petition } = row;
  return {
    ...petition,
    texts: readPetitionTexts(petition.texts),
    personIds: people.map((person) => person.id),
    termIds: terms.map((term) => term.id),
    hasSignatures: petition.signatureCount > 0 || _count.signatures > 0,
  };
}

export const titleOf = (texts: PetitionTexts, site: SiteSettings) =>
  petitionTextIn(texts, site.defaultLanguage, site.defaultLanguage).title;

export const sameSet = (a: string[], b: string[]) =>
  a.length === new Set(b).size && a.every((value) => b.includes(value));
