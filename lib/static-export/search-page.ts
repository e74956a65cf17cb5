import type { Lang } from "@/lib/i18n/languages";
import { staticMirrorMessages } from "@/lib/i18n/messages/static-mirror";
import { el, text } from "@/lib/static-export/html-links";

/** Relative links a language's search page needs in the mirror. */
export type SearchPageLinks = {
  /** The shared search script. */
  scriptHref: string;
  /** The language's index as JSON, and the same index as a script (file:// cannot fetch). */
  indexHref: string;
  indexScriptHref: string;
  /** The language's home page, and its category archives with their names. */
  homeHref: string;
  archives: { href: string; title: string }[];
};

const LINK_CLASS = "text-accent underline";

/**
 * What the mirror adds to a search page: the note shown without JavaScript (with links to the
 * archives), the box the script fills with results, and the script itself, with the texts it
 * shows in the page's language.
 */
export function searchPageNodes(links: SearchPageLinks, lang: Lang) {
  const m = staticMirrorMessages[lang];
  const archives = [{ href: links.homeHref, title: m.searchHome }, ...links.archives].map((link) =>
    el("li", {}, [el("a", { href: link.href, class: LINK_CLASS }, [text(link.title)])]),
  );
  const noScript = el("div", { class: "mt-6", "data-mirror-search-noscript": "" }, [
    el("p", {}, [text(m.searchNoScript)]),
    el("ul", { class: "mt-2 list-disc space-y-1 pl-6" }, archives),
  ]);
  const results = el("div", {
    id: "mirror-search-results",
    class: "mt-6",
    "aria-live": "polite",
    "data-none": m.searchNone,
    ...Object.fromEntries(
      Object.entries(m.searchCount).map(([rule, value]) => [`data-count-${rule}`, value]),
    ),
  });
  const script = el("script", {
    src: links.scriptHref,
    "data-index": links.indexHref,
    "data-index-script": links.indexScriptHref,
    "data-lang": lang,
    defer: "",
  });
  return { inline: [noScript, results], script };
}
