import "server-only";
import { cachedQuery } from "@/lib/cache";
import { cacheTags } from "@/lib/cache-tags";
import { getDb } from "@/lib/db";
import type { PetitionStatus, SignerDisplay } from "@/lib/generated/prisma/enums";
import { type PetitionTexts, readPetitionTexts } from "@/lib/petitions/record";
import { PETITION_SETTINGS_KEY, readPetitionSettings } from "@/lib/petitions/settings";

/** Reads that show a count or signers: revalidated by every confirmation and withdrawal too. */
const COUNTED = [cacheTags.petitions, cacheTags.petitionCounts];

/** How many signers a petition page lists. */
const RECENT_SIGNERS = 12;

export type PublicSigner = {
  name: string;
  place: string;
  comment: string | null;
  confirmedAt: string;
};

export type PublicPetition = {
  id: string;
  slug: string;
  status: Exclude<PetitionStatus, "DRAFT">;
  signerDisplay: SignerDisplay;
  texts: PetitionTexts;
  goal: number;
  endsAt: string | null;
  hashtag: string;
  deliveredAt: string | null;
  closedAt: string | null;
  signatureCount: number;
  dataDeletedAt: string | null;
};

const PUBLIC_SELECT = {
  id: true,
  slug: true,
  status: true,
  signerDisplay: true,
  texts: true,
  goal: true,
  endsAt: true,
  hashtag: true,
  deliveredAt: true,
  closedAt: true,
  signatureCount: true,
  dataDeletedAt: true,
} as const;

type Row = {
  id: string;
  slug: string;
  status: PetitionStatus;
  signerDisplay: SignerDisplay;
  texts: unknown;
  goal: number;
  endsAt: Date | null;
  hashtag: string;
  deliveredAt: Date | null;
  closedAt: Date | null;
  signatureCount: number;
  dataDeletedAt: Date | null;
};

function toPublic(row: Row): PublicPetition {
  return {
    ...row,
    status: row.status === "DRAFT" ? "CLOSED" : row.status,
    texts: readPetitionTexts(row.texts),
    endsAt: row.endsAt?.toISOString() ?? null,
    deliveredAt: row.deliveredAt?.toISOString().slice(0, 10) ?? null,
    closedAt: row.closedAt?.toISOString() ?? null,
    dataDeletedAt: row.dataDeletedAt?.toISOString() ?? null,
  };
}

/** Every petition readers may see (drafts are staff's): open ones first, newest first. */
export const listPublicPetitions = cachedQuery(
  async (): Promise<PublicPetition[]> => {
    const rows = await getDb().petition.findMany({
      where: { status: { not: "DRAFT" } },
      orderBy: [{ createdAt: "desc" }],
      select: PUBLIC_SELECT,
    });
    const order: Record<PetitionStatus, number> = { OPEN: 0, DELIVERED: 1, CLOSED: 2, DRAFT: 3 };
    return rows.map(toPublic).sort((a, b) => order[a.status] - order[b.status]);
  },
  "listPublicPetitions",
  COUNTED,
);

/** A petition by its slug with its most recent shown signers, or null (missing or a draft). */
export const getPublicPetition = cachedQuery(
  async (slug: string): Promise<(PublicPetition & { signers: PublicSigner[] }) | null> => {
    const row = await getDb().petition.findFirst({
      where: { slug, status: { not: "DRAFT" } },
      select: PUBLIC_SELECT,
    });
    if (!row) return null;
    const signers =
      row.signerDisplay === "COUNT_ONLY"
        ? []
        : await getDb().petitionSignature.findMany({
            where: { petitionId: row.id, status: "CONFIRMED", showName: true, name: { not: null } },
            orderBy: { confirmedAt: "desc" },
            take: RECENT_SIGNERS,
            select: { name: true, city: true, country: true, comment: true, confirmedAt: true },
          });
    return {
      ...toPublic(row),
      signers: signers.map((signer) => ({
        name: signer.name ?? "",
        place: [signer.city, signer.country].filter(Boolean).join(", "),
        comment: signer.comment,
        confirmedAt: signer.confirmedAt?.toISOString() ?? "",
      })),
    };
  },
  "getPublicPetition",
  COUNTED,
);

/** Petitions by id that readers may see (for action boxes); drafts and missing ones are left out. */
export const getPublicPetitionsById = cachedQuery(
  async (ids: string[]): Promise<PublicPetition[]> => {
    if (ids.length === 0) return [];
    const rows = await getDb().petition.findMany({
      where: { id: { in: ids }, status: { not: "DRAFT" } },
      select: PUBLIC_SELECT,
    });
    return rows.map(toPublic);
  },
  "getPublicPetitionsById",
  COUNTED,
);

/** Open petitions linked to any of these people or terms: offered at the end of an article. */
export const listPetitionsFor = cachedQuery(
  async (personIds: string[], termIds: string[]): Promise<PublicPetition[]> => {
    if (personIds.length === 0 && termIds.length === 0) return [];
    const rows = await getDb().petition.findMany({
      where: {
        status: "OPEN",
        OR: [
          { people: { some: { id: { in: personIds } } } },
          { terms: { some: { id: { in: termIds } } } },
        ],
      },
      orderBy: { createdAt: "desc" },
      take: 3,
      select: PUBLIC_SELECT,
    });
    return rows.map(toPublic);
  },
  "listPetitionsFor",
  COUNTED,
);

/** The retention setting as the public page states it. */
export const getPetitionRetentionDays = cachedQuery(
  async (): Promise<number> => {
    const row = await getDb().setting.findUnique({ where: { key: PETITION_SETTINGS_KEY } });
    return readPetitionSettings(row?.value).retentionDays;
  },
  "getPetitionRetentionDays",
  [cacheTags.petitions],
);

/** A petition without its count, for the footer of every page (a signature leaves it cached). */
export type PetitionHead = Omit<PublicPetition, "signatureCount">;

export const getPetitionHead = cachedQuery(
  async (id: string): Promise<PetitionHead | null> => {
    const row = await getDb().petition.findFirst({
      where: { id, status: { not: "DRAFT" } },
      select: PUBLIC_SELECT,
    });
    if (!row) return null;
    // Left out on purpose: cached under `petitions` alone, a count here would go stale.
    const head: PetitionHead & { signatureCount?: number } = toPublic(row);
    delete head.signatureCount;
    return head;
  },
  "getPetitionHead",
  [cacheTags.petitions],
);
