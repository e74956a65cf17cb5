import type { PersonEventKind } from "@/lib/generated/prisma/enums";
import { plural } from "@/lib/i18n/plural";

const dayCount = (count: number) => plural("en", count, { one: "# day", other: "# days" });
const peopleCount = (count: number) => plural("en", count, { one: "# person", other: "# people" });

/** The kinds of timeline event as the editor names them. */
const eventKindsEn: Record<PersonEventKind, string> = {
  DETAINED: "Detained",
  CHARGED: "Charged",
  TRIAL: "Trial",
  VERDICT: "Verdict",
  TRANSFERRED: "Transferred",
  PUNISHMENT_CELL: "Punishment cell",
  RELEASED: "Released",
  REARRESTED: "Re-arrested",
  OTHER: "Other",
};

/** The list of people, the record form and its notices. */
const peopleEn = {
  title: "People",
  description:
    "The people the campaign stands for: political prisoners, released ones, those in exile.",
  add: "Add person",
  newTitle: "Add a person",
  editTitle: (name: string) => `Edit ${name}`,
  editTitleShort: "Edit person",
  statusesLink: "Statuses",
  lettersLink: "Letter guidance",
  allPeople: "All people",
  history: "History",
  viewOnSite: "View on the site",
  notPublic: "Not public",
  none: "No people yet.",
  noStatuses:
    "Every person has a status: add the statuses first (such as Detained, Sentenced, Released).",
  caption: "People, by name",
  columns: {
    name: "Name",
    status: "Status",
    published: "Published",
    days: "Days behind bars",
    updated: "Updated",
  },
  isPublished: "Published",
  isDraft: "Not published",
  days: (count: number, isHeld: boolean) => `${dayCount(count)}${isHeld ? " (held today)" : ""}`,
  noCount: "—",
  deleted:
    "Deleted. Their timeline, addresses and history went with them; the audit log keeps a copy.",
  saved: {
    create: "Added. Now add their timeline and the address for letters below.",
    update: "Saved.",
  },
  languageName: (label: string, language: string) => `${label} (${language})`,
  form: {
    save: "Save person",
    create: "Add person",
    identity: "Name and address",
    slug: "Slug (web address)",
    slugHint: "Leave empty to make it from the name in the default language. The address will be",
    name: "Name",
    nameRequired: (language: string) => `Required in ${language}, the site's default language.`,
    spellings: "Other spellings",
    spellingsHint: "One per line: transliterations and spellings readers may search for.",
    photo: "Photo",
    noPhoto: "No photo",
    photoHint: "New photos: upload them in the",
    mediaLibrary: "media library",
    photoHintEnd: ", then reload this page.",
    photoCredit: "Photo credit",
    birth: "Date of birth",
    birthHint: "Any part may be left empty: the day and month alone give the birthday.",
    year: "Year",
    month: "Month",
    day: "Day",
    noMonth: "Unknown",
    showBirthday: "Show the birthday (and count it among “Birthdays soon”)",
    bio: "Short biography",
    bioHint: "Plain text; a blank line between paragraphs.",
    otherLanguages: "Other languages",
    status: "Status",
    charges: "Charges",
    chargesHint: "One per line, as “Article — text”: Art. 243 part 2 — tax evasion.",
    regions: "Regions",
    articles: "Articles about this person",
    articlesHint: "The 100 most recently edited articles, and those already linked.",
    noArticles: "No articles yet.",
    published: "Published (readers can see this person)",
  },
  deletePerson: {
    heading: "Delete this person",
    note: "Their timeline, addresses and history are deleted with them. Articles about them stay.",
    confirm: (name: string) => `Delete ${name} with their timeline, addresses and history?`,
    submit: "Delete person",
  },
};

/** The timeline section of the edit page. */
const timelineEn = {
  heading: "Timeline",
  description:
    "Dated events. A detention or re-arrest starts a time behind bars; a release ends it.",
  empty: "No events yet.",
  add: "Add an event",
  addSubmit: "Add event",
  edit: "Edit",
  save: "Save event",
  date: "Date",
  kind: "What happened",
  place: "Place",
  note: "Note",
  sentence: "Sentence (for a verdict)",
  source: "Source (web address)",
  sourceHint: "Where the fact comes from: an article here or a report elsewhere.",
  inLanguage: (language: string) => `In ${language}`,
  confirmDelete: (kind: string, date: string) => `Remove the event “${kind}” of ${date}?`,
  deleteEvent: "Remove",
  caption: "Events, oldest first",
};

/** The addresses section: the current one, adding one, history. */
const addressesEn = {
  heading: "Addresses for letters",
  description:
    "The address valid from the latest date is the current one; earlier ones stay as history.",
  empty: "No address yet.",
  current: "Current",
  history: "Earlier addresses",
  validFrom: "Valid from",
  lastVerified: "Last verified",
  notVerified: "Never verified",
  saveVerified: "Save date",
  add: "Add an address",
  addHint: "When letters go somewhere new, add the new address: the old one is kept as history.",
  addSubmit: "Add address",
  address: "Address",
  addressHint: "As the envelope carries it, one line per line.",
  script: "Written in",
  latin: "In Latin letters",
  latinHint: "For post offices abroad; leave empty when the address is already in Latin letters.",
  scripts: { CYRILLIC: "Cyrillic", LATIN: "Latin" },
  confirmDelete: (date: string) =>
    `Delete the address valid from ${date}? Only do this for an address entered by mistake: superseded addresses stay as history.`,
  deleteAddress: "Delete address",
};

/** The history page and the lines each revision is shown as. */
const personRevisionsEn = {
  title: "History",
  heading: (name: string) => `History of ${name}`,
  description: "Every save, newest first: what changed from the save before, word by word.",
  backToEditor: "Back to the person",
  savedBy: (when: string, editor: string) => `${when}, by ${editor}`,
  deletedUser: "a deleted user",
  first: "First save",
  empty: "No revisions yet.",
};

const snapshotEn = {
  slug: "Slug",
  name: "Name",
  spelling: "Spelling",
  status: "Status",
  published: "Published",
  yes: "yes",
  no: "no",
  photo: "Photo",
  born: "Born",
  birthdayShown: "birthday shown",
  region: "Region",
  charge: "Charge",
  bio: "Biography",
  event: "Event",
  source: "Source",
  address: "Address from",
  verified: "verified",
  article: "Article",
};

/** The statuses page. */
const personStatusesEn = {
  title: "Statuses",
  description: "The statuses people can have, in the order lists and the filter show them.",
  caption: "Statuses",
  empty: "No statuses yet.",
  key: "Key",
  keyHint:
    "Lower-case letters, digits and hyphens: the value of the public list's filter. Made from the English name when left empty.",
  name: "Name",
  isHeld: "Held today (their page offers the address to write to)",
  position: "Order",
  people: (count: number) => peopleCount(count),
  add: "Add a status",
  addSubmit: "Add status",
  confirmDelete: (name: string) => `Delete the status “${name}”?`,
};

/** The letter guidance page. */
const lettersEn = {
  title: "Letter guidance",
  description:
    "What to write to a person held, and what to avoid: shown on the pages of people held today.",
  guidance: (language: string) => `Guidance in ${language}`,
  hint: "One piece of advice per line. A language left empty shows the default language's.",
  save: "Save guidance",
};

/** The article editor's list of people. */
const articlePeopleEn = {
  legend: "People in this story",
  hint: "Their cards show under the article, and it is listed on their pages.",
};

export const peopleSectionsEn = {
  people: {
    ...peopleEn,
    timeline: timelineEn,
    addresses: addressesEn,
    revisions: personRevisionsEn,
    snapshot: snapshotEn,
    eventKinds: eventKindsEn,
    statuses: personStatusesEn,
    letters: lettersEn,
    articlePeople: articlePeopleEn,
  },
};
