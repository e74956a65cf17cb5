import "server-only";
import type { ActionBox } from "@/lib/actions/box";
import { MAIN_ACTION_SETTING_KEY, type MainAction, readMainAction } from "@/lib/actions/schemas";
import { cachedQuery } from "@/lib/cache";
import { cacheTags } from "@/lib/cache-tags";
import { getDb } from "@/lib/db";
import type { Locale } from "@/lib/i18n/locale";
import { letterGuidanceIn } from "@/lib/people/guidance-view";
import { loadPeopleViews } from "@/lib/people/public-page";
import type { PersonView } from "@/lib/people/view";
import {
  type PublicPetition,
  getPublicPetitionsById,
  listPetitionsFor,
} from "@/lib/petitions/queries";

/** The campaign's main action (Settings → Actions), or none. */
export const getMainAction = cachedQuery(
  async (): Promise<MainAction> => {
    const row = await getDb().setting.findUnique({
      where: { key: MAIN_ACTION_SETTING_KEY },
      select: { value: true },
    });
    return readMainAction(row?.value);
  },
  "getMainAction",
  [cacheTags.settings],
);

/** A box with what readers see of its target; petitions and letters only when they can act. */
export type ShownBox =
  | { kind: "petition"; petition: PublicPetition }
  | { kind: "write"; view: PersonView }
  | Extract<ActionBox, { kind: "donate" | "share" | "event" }>;

export type LetterGuidance = Awaited<ReturnType<typeof letterGuidanceIn>>;

/** What the boxes of one page point to, read once for all of them. */
export type BoxTargets = {
  petitions: Map<string, PublicPetition>;
  people: Map<string, PersonView>;
  guidance: LetterGuidance;
};

/** Reads the petitions and people `boxes` name (published ones only) in `locale`. */
export async function loadBoxTargets(boxes: ActionBox[], locale: Locale): Promise<BoxTargets> {
  const petitionIds = [
    ...new Set(boxes.flatMap((box) => (box.kind === "petition" ? [box.petition] : []))),
  ].sort();
  const hasLetters = boxes.some((box) => box.kind === "write");
  const [petitions, views, guidance] = await Promise.all([
    getPublicPetitionsById(petitionIds),
    hasLetters ? loadPeopleViews(locale) : [],
    hasLetters ? letterGuidanceIn(locale) : { lang: locale.lang, lines: [] },
  ]);
  return {
    petitions: new Map(petitions.map((petition) => [petition.id, petition])),
    people: new Map(views.map((view) => [view.person.id, view])),
    guidance,
  };
}

/**
 * A box as readers see it, or null when it shows nothing: its petition is missing or a draft,
 * its person is missing, unpublished or not held today.
 */
export function showBox(box: ActionBox, targets: BoxTargets): ShownBox | null {
  if (box.kind === "petition") {
    const petition = targets.petitions.get(box.petition);
    return petition ? { kind: "petition", petition } : null;
  }
  if (box.kind === "write") {
    const view = targets.people.get(box.person);
    return view?.isHeld ? { kind: "write", view } : null;
  }
  return box;
}

/** The ids of the published people and the terms of an article (what "Take action" offers). */
const getArticleLinks = cachedQuery(
  async (articleId: string): Promise<{ personIds: string[]; termIds: string[] }> => {
    const row = await getDb().article.findUnique({
      where: { id: articleId },
      select: {
        people: { where: { published: true }, select: { id: true } },
        terms: { select: { id: true } },
      },
    });
    return {
      personIds: row?.people.map((person) => person.id).sort() ?? [],
      termIds: row?.terms.map((term) => term.id).sort() ?? [],
    };
  },
  "getArticleActionLinks",
  (articleId) => [cacheTags.article(articleId), cacheTags.people, cacheTags.terms],
);

/**
 * What the end of an article offers besides its own boxes: open petitions linked to its people
 * or terms, and a letter to each of its people held today, as boxes.
 */
export async function listArticleOffers(articleId: string): Promise<ActionBox[]> {
  const { personIds, termIds } = await getArticleLinks(articleId);
  const petitions = await listPetitionsFor(personIds, termIds);
  return [
    ...petitions.map((petition): ActionBox => ({ kind: "petition", petition: petition.id })),
    ...personIds.map((person): ActionBox => ({ kind: "write", person })),
  ];
}
