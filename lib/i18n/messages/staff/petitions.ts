import type { PetitionStatus, SignerDisplay } from "@/lib/generated/prisma/enums";
import { plural } from "@/lib/i18n/plural";

const statusesEn: Record<PetitionStatus, string> = {
  DRAFT: "Draft",
  OPEN: "Open",
  CLOSED: "Closed",
  DELIVERED: "Delivered",
};

const displaysEn: Record<SignerDisplay, string> = {
  FULL_NAME: "Full name",
  INITIALS: "Initials only",
  COUNT_ONLY: "Count only (no names)",
};

/** The list of petitions and the edit page's frame. */
const petitionsEn = {
  title: "Petitions",
  description:
    "Petitions readers sign: one petition for every language, with one count and one list of signers.",
  add: "New petition",
  newTitle: "New petition",
  editTitle: (title: string) => `Edit “${title}”`,
  editTitleShort: "Edit petition",
  allPetitions: "All petitions",
  settingsLink: "Settings",
  viewOnSite: "View on the site",
  notPublic: "Draft: readers cannot see it",
  none: "No petitions yet.",
  mailOff:
    "Mail is off (SMTP_URL is not set), so no one can confirm a signature: the public sign form says signing is paused until mail is set up.",
  caption: "Petitions, newest first",
  columns: {
    title: "Title",
    status: "Status",
    signers: "Signed / goal",
    pending: "Waiting",
    ends: "Ends",
    data: "Signer data",
  },
  signersOfGoal: (signed: string, goal: string) => `${signed} / ${goal}`,
  noEnd: "—",
  dataKept: "Kept",
  dataDeletedOn: (date: string) => `Deleted ${date}`,
  deleted: "Deleted, with every signature. The audit log keeps only that it was deleted.",
  saved: {
    create: "Added. Readers can sign it once its status is Open.",
    update: "Saved.",
    deliver: "Marked delivered: the petition page shows the date and the note.",
  },
  statuses: statusesEn,
  displays: displaysEn,
};

/** The petition form. */
const formEn = {
  save: "Save petition",
  create: "Add petition",
  languages: "Languages",
  textIn: (language: string) => `Text in ${language}`,
  defaultHint: (language: string) =>
    `The title is required in ${language}, the site's default language.`,
  otherHint: "Leave it all empty to show readers of this language the default language's text.",
  title: "Title",
  addressee: "Addressed to",
  addresseeHint: "Whom the petition asks, as it reads after “To:”, such as “The President of …”.",
  body: "Text",
  deliveryNote: "Delivery note",
  deliveryNoteHint: "Shown once the petition is delivered: how and to whom it was handed over.",
  address: "Address",
  slug: "Slug (web address)",
  slugHint:
    "Leave empty to make it from the title in the default language. One address serves every language.",
  signing: "Signing",
  goal: "Goal (signatures)",
  endsAt: "End date (optional)",
  endsAtHint: (zone: string) =>
    `In the site's time zone (${zone}). Signing stops then and the petition closes.`,
  hashtag: "Hashtag (optional)",
  hashtagHint: "Offered to signers after signing, such as #FreeAles.",
  signerDisplay: "How signers are shown",
  displayHint:
    "Once people have signed you may show less of them, never more; showing less trims what is stored at once.",
  status: "Status",
  statusHint:
    "Open: readers can sign. Closed: no more signatures. Delivered is set with the delivery form.",
  deliveredStatus: "Delivered (set with the delivery form)",
  links: "Offered with articles",
  linksHint:
    "While open, the petition is offered at the end of articles about these people or with these tags, categories or regions.",
  people: "People",
  categories: "Categories",
  tags: "Tags",
  regions: "Regions",
};

/** The edit page's side: the count, delivery, export, deletion. */
const panelsEn = {
  signatures: "Signatures",
  confirmed: (count: string, goal: string) => `${count} confirmed, of a goal of ${goal}`,
  pending: (count: number) =>
    plural("en", count, {
      one: "# more waiting for its signer to confirm by email",
      other: "# more waiting for their signers to confirm by email",
    }),
  retention: (count: number) =>
    plural("en", count, {
      one: "Signers' personal data is deleted # day after the petition is closed or delivered.",
      other: "Signers' personal data is deleted # days after the petition is closed or delivered.",
    }),
  dataDeleted: (date: string) =>
    `The signers' personal data was deleted on ${date}. The count stays.`,
  deliver: {
    heading: "Delivery",
    description:
      "Mark the petition delivered once it is handed over: it closes, and its page shows the date and the note.",
    deliveredOn: "Delivered on",
    deliveredOnHint: (count: number) =>
      plural("en", count, {
        one: "Not after today. Signers' personal data is deleted # day after this date.",
        other: "Not after today. Signers' personal data is deleted # days after this date.",
      }),
    note: (language: string) => `Public note in ${language}`,
    noteHint: "How and to whom it was handed over.",
    submit: "Mark delivered",
    correct: "Save delivery",
    draft: "A draft cannot be delivered: open it for signatures first.",
    isDelivered: (date: string) => `Delivered on ${date}.`,
  },
  export: {
    heading: "Export signers",
    description:
      "The confirmed signatures as a CSV file for a spreadsheet. Every export is recorded in the audit log.",
    includeEmails: "Include email addresses",
    includeEmailsHint: "Only when you must write to the signers; leave it unticked otherwise.",
    submit: "Download CSV",
    nothing: "No signer data is stored, so there is nothing to export.",
    columns: {
      confirmedAt: "Confirmed at (UTC)",
      name: "Name",
      city: "City",
      country: "Country",
      comment: "Comment",
      mayEmail: "May email",
      language: "Language",
      email: "Email",
    },
    yes: "yes",
    no: "no",
    otherSite: "This request did not come from the staff area, so nothing was exported.",
    sessionEnded: "Your session has ended: sign in again, then export again.",
    forbidden: "Only admins may export a petition's signers.",
    failed: "The export failed and nothing was sent. Please try again.",
  },
  delete: {
    heading: "Delete this petition",
    note: "Its signatures are deleted with it, for good. The audit log keeps only that it was deleted.",
    confirm: (title: string) => `Delete “${title}” and every signature?`,
    submit: "Delete petition",
  },
};

/** The settings page. */
const settingsEn = {
  title: "Petition settings",
  description: "How long signers' personal data is kept once a petition ends.",
  retentionDays: "Days to keep signers' data",
  retentionHint:
    "After a petition is closed or delivered, its signers' names, emails and comments are deleted after this many days (0 to 365); the count stays. Petition pages tell signers.",
  save: "Save settings",
  saved: "Saved.",
};

export const petitionSectionsEn = {
  petitions: { ...petitionsEn, form: formEn, ...panelsEn, settings: settingsEn },
};
