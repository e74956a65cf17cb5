import "server-only";
import { type ActionBox, actionKey } from "@/lib/actions/box";
import {
  type BoxTargets,
  type ShownBox,
  getMainAction,
  listArticleOffers,
  loadBoxTargets,
  showBox,
} from "@/lib/actions/queries";
import { mainActionIn } from "@/lib/actions/schemas";
import { splitBody } from "@/lib/actions/split";
import { type PetitionHead, getPetitionHead } from "@/lib/petitions/queries";
import type { Lang } from "@/lib/i18n/languages";
import type { Locale } from "@/lib/i18n/locale";

/** A part of an article's body as readers get it: HTML, or a box that has something to show. */
export type ShownPart = { type: "html"; html: string } | { type: "box"; shown: ShownBox };

export type ArticleActions = {
  /** The body cut at its boxes; null when it has none (the HTML is shown as it is). */
  parts: ShownPart[] | null;
  /** The main action, shown at the end only when the body shows no box of its own. */
  main: { shown: ShownBox; lang: Lang } | null;
  /** Petitions and letters the article's people and terms offer, none shown above already. */
  offers: ShownBox[];
  targets: BoxTargets;
};

const keyOf = (shown: ShownBox) =>
  actionKey(
    shown.kind === "petition"
      ? { kind: "petition", petition: shown.petition.id }
      : shown.kind === "write"
        ? { kind: "write", person: shown.view.person.id }
        : shown,
  );

/**
 * Everything about actions one article or page shows: its own boxes in place, then the main
 * action (when it has none of its own) and what its people and terms offer, each target once.
 */
export async function loadArticleActions(
  article: { id: string; bodyHtml: string },
  locale: Locale,
): Promise<ArticleActions> {
  const split = splitBody(article.bodyHtml);
  const own = split.flatMap((part) => (part.type === "box" ? [part.box] : []));
  const [stored, offered] = await Promise.all([getMainAction(), listArticleOffers(article.id)]);
  const main = mainActionIn(stored, locale.lang, locale.defaultLang);
  const targets = await loadBoxTargets([...own, ...(main ? [main.box] : []), ...offered], locale);

  const parts = own.length
    ? split.flatMap((part): ShownPart[] => {
        if (part.type === "html") return [part];
        const shown = showBox(part.box, targets);
        return shown ? [{ type: "box", shown }] : [];
      })
    : null;
  const seen = new Set(
    (parts ?? []).flatMap((part) => (part.type === "box" ? [keyOf(part.shown)] : [])),
  );
  const mainShown = main && seen.size === 0 ? showBox(main.box, targets) : null;
  if (mainShown) seen.add(keyOf(mainShown));
  const offers = offered
    .map((box) => showBox(box, targets))
    .filter((shown): shown is ShownBox => {
      if (!shown || seen.has(keyOf(shown))) return false;
      seen.add(keyOf(shown));
      return true;
    });
  return {
    parts,
    main: mainShown && main ? { shown: mainShown, lang: main.lang } : null,
    offers,
    targets,
  };
}

/** The footer's main action: a petition there carries no count (see `getPetitionHead`). */
export type FooterShown =
  Exclude<ShownBox, { kind: "petition" }> | { kind: "petition"; petition: PetitionHead };

/**
 * The main action as the footer of every page shows it, or null. A petition is read without its
 * count, so a signature does not re-render every page of the site.
 */
export async function loadFooterAction(
  locale: Locale,
): Promise<{ shown: FooterShown; lang: Lang } | null> {
  const main = mainActionIn(await getMainAction(), locale.lang, locale.defaultLang);
  if (!main) return null;
  if (main.box.kind === "petition") {
    const petition = await getPetitionHead(main.box.petition);
    return petition ? { shown: { kind: "petition", petition }, lang: main.lang } : null;
  }
  const targets = await loadBoxTargets([main.box] satisfies ActionBox[], locale);
  const shown = showBox(main.box, targets);
  return shown ? { shown, lang: main.lang } : null;
}
