import { plural } from "@/lib/i18n/plural";

/** Keyboard shortcuts as the toolbar's titles show them; "Mod" is Ctrl, or ⌘ on a Mac. */
const shortcutsEn = {
  join: (label: string, keys: string) => `${label} (${keys})`,
  mod: "Ctrl",
  modMac: "⌘",
  shift: "Shift",
  shiftMac: "⇧",
  alt: "Alt",
  altMac: "⌥",
};

/** The link dialog that replaces the browser's prompt, and its site search. */
const linkDialogEn = {
  addTitle: "Add a link",
  editTitle: "Edit link",
  url: "Link address",
  urlHint: "https://…, name@example.org, or a path on this site such as /news/…",
  search: "Or find an article, page or person on this site",
  searchPlaceholder: "Type a title or a name",
  results: "Pages on this site",
  searching: "Searching…",
  noResults: "Nothing published on this site matches.",
  searchFailed: "The search did not answer; type the address instead.",
  kind: { article: "Article", page: "Page", person: "Person" } as Record<string, string>,
  chosen: (title: string) => `Links to “${title}”.`,
  apply: "Apply",
  remove: "Remove link",
  cancel: "Cancel",
  empty: "Type an address, or pick a page below.",
  invalid: "This is not an address a link can use: start with https://, mailto: or /.",
  signedOut: "Your session has ended; sign in again to search.",
  forbidden: "You may not search this site's pages.",
};

/** The menu over a text selection, and the count under the editor. */
const writingEn = {
  bubbleMenu: "Selection formatting",
  words: (count: number) => plural("en", count, { one: "# word", other: "# words" }),
  readingTime: (count: number) => `${count} min read`,
};

export const writingSectionsEn = {
  writing: writingEn,
  linkDialog: linkDialogEn,
  shortcuts: shortcutsEn,
};
