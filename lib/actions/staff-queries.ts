import "server-only";
import { getMainAction } from "@/lib/actions/queries";
import type { MainAction } from "@/lib/actions/schemas";
import { type Actor, assertCan } from "@/lib/auth/permissions";
import { getDb } from "@/lib/db";
import type { PetitionStatus } from "@/lib/generated/prisma/enums";
import { petitionTextIn, readPetitionTexts } from "@/lib/petitions/record";
import { getSiteSettings } from "@/lib/settings/queries";

export type PetitionChoice = { id: string; title: string; status: PetitionStatus };

/**
 * Every petition, drafts included (a box may wait for its petition to open), by title in the
 * default language, for the editor's action panel. Needs article:create.
 */
export async function listPetitionChoices(actor: Actor): Promise<PetitionChoice[]> {
  assertCan(actor, "article:create");
  const [rows, { defaultLanguage }] = await Promise.all([
    getDb().petition.findMany({
      orderBy: { createdAt: "desc" },
      select: { id: true, slug: true, status: true, texts: true },
    }),
    getSiteSettings(),
  ]);
  return rows.map((row) => ({
    id: row.id,
    status: row.status,
    title:
      petitionTextIn(readPetitionTexts(row.texts), defaultLanguage, defaultLanguage).title ||
      row.slug,
  }));
}

/** The stored main action, for its form. Needs setting:manage. */
export async function getMainActionForEdit(actor: Actor): Promise<MainAction> {
  assertCan(actor, "setting:manage");
  return getMainAction();
}
