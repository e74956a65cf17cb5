/** The editor's server autosave: its indicator, the restore offer and the endpoint's refusals. */
const autosaveEn = {
  saving: "Saving…",
  savedAt: (time: string) => `Saved ${time}`,
  retrying: "Not saved – retrying",
  notSaved: (reason: string) => `Not saved – ${reason}`,
  needsTitle: "Autosave starts once the article has a title.",
  offer: (time: string) => `An autosave from ${time} is newer than the saved version.`,
  restore: "Restore",
  discard: "Discard",
  restored: (time: string) =>
    `The autosave from ${time} was restored into the form. Save to keep it.`,
  otherSite: "The request did not come from this site.",
  signedOut: "your session has ended; sign in again in another tab, then keep typing.",
  forbidden: "You may not edit this article.",
  tooLarge: "The article is too long to autosave.",
  damaged: "The form is damaged; reload the page.",
  failed: "The server could not store the autosave.",
};

/** What the revision compare shows besides title, excerpt and text. */
const revisionFieldsEn = {
  slug: "Slug",
  language: "Language",
  seoTitle: "SEO title",
  seoDescription: "SEO description",
  cover: "Cover image",
  coverCaption: "Cover caption",
  coverCredit: "Cover credit",
  categories: "Categories",
  tags: "Tags",
  regions: "Regions",
  people: "People in this story",
  notRecorded: "Not recorded for this revision (saved before every field was kept).",
  unchanged: "Unchanged",
  none: "None",
  added: "Added",
  removed: "Removed",
  kept: "Kept",
  noCover: "No cover",
  deletedImage: "An image since deleted from the media library",
  before: "Before",
  after: "After",
  linksNote: "Link targets are shown in square brackets after the link text.",
};

export const autosaveSectionsEn = { autosave: autosaveEn, revisionFields: revisionFieldsEn };
