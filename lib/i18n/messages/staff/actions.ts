import type { ActionKind } from "@/lib/actions/box";

const kindsEn: Record<ActionKind, string> = {
  petition: "Sign a petition",
  write: "Write to a person",
  donate: "Donate",
  share: "Share with a hashtag",
  event: "Event",
};

/** What staff read about action boxes: the editor's panel and cards, and the main-action page. */
const actionsEn = {
  title: "Actions",
  description:
    "The campaign's main action is shown at the end of every article and page that has no action box of its own, and in the footer of every page.",
  kinds: kindsEn,
  kind: "Kind of action",
  none: "No main action",
  choose: "Choose…",
  fields: {
    petition: "Petition",
    person: "Person",
    href: "Link",
    hrefHint: "An address starting with https://, or a page of this site such as /take-action.",
    label: "Button label",
    text: "Short text",
    hashtag: "Hashtag",
    title: "Title",
    date: "Date and time",
    dateHint: "In the site's time zone.",
    place: "Place",
    eventHref: "Link (optional)",
  },
  draft: "draft — not shown to readers until opened",
  petitionChoice: (title: string, status: string) => `${title} (${status})`,
  petitionStatuses: { DRAFT: "draft", OPEN: "open", CLOSED: "closed", DELIVERED: "delivered" },
  notHeld: "Readers see this box only while the person is published and held today.",
  translations: (language: string) => `Words in ${language}`,
  translationsHint:
    "Optional. Readers of this language see the words above when these are left empty.",
  save: "Save main action",
  saving: "Saving…",
  saved: "Main action saved: articles, pages and the footer show it now.",
  cleared: "There is no main action now.",
  current: "Shown now",
  errors: {
    kind: "Choose what kind of action this is.",
    petition: "Choose a petition.",
    person: "Choose a person.",
    href: "Give an address starting with https:// or a page of this site starting with /.",
    label: "The label can be at most 60 characters.",
    text: "The text can be at most 280 characters.",
    hashtag: "A hashtag is # followed by letters, digits or _, without spaces.",
    title: "Give the event a title of at most 120 characters.",
    date: "Give the event's date and time.",
    place: "The place can be at most 160 characters.",
    missingPetition: "That petition no longer exists.",
    missingPerson: "That person no longer exists.",
  },
  editor: {
    button: "Action",
    insert: "Insert an action box",
    legend: "Action box",
    editLegend: "Edit the action box",
    insertBox: "Insert box",
    updateBox: "Save box",
    cancel: "Cancel",
    edit: "Edit",
    remove: "Remove",
    noPetitions: "There are no petitions yet.",
    noPeople: "There are no people yet.",
    missingPetition: "a petition that no longer exists",
    missingPerson: "a person who no longer exists",
    cardLabel: (kind: string) => `Action box: ${kind}`,
  },
};

export const actionSectionsEn = { actions: actionsEn };
