import type { ArticleStatus } from "@/lib/generated/prisma/enums";
import { plural } from "@/lib/i18n/plural";

/** The one wording of each status, wherever staff see it: a badge (label) and a list (plural). */
const articleStatusEn: Record<ArticleStatus, { label: string; plural: string }> = {
  DRAFT: { label: "Draft", plural: "Drafts" },
  IN_REVIEW: { label: "In review", plural: "In review" },
  SCHEDULED: { label: "Scheduled", plural: "Scheduled" },
  PUBLISHED: { label: "Published", plural: "Published" },
  TRASH: { label: "In the trash", plural: "Trash" },
};

/** The list of articles and background pages, its filters and bulk buttons. */
const articlesEn = {
  title: "Articles",
  pagesTitle: "Background pages",
  ownOnly: "Your own articles.",
  newArticle: "New article",
  newPage: "New page",
  deleted: "The article was deleted permanently.",
  filterLabel: "Filter articles",
  titleContains: "Title contains",
  status: "Status",
  /** A draft imported from a private or password-protected WordPress post. */
  privateBadge: "Private",
  privateHint: "Private or password-protected on the old WordPress site",
  allButTrash: "All but trash",
  author: "Author",
  anyone: "Anyone",
  any: "Any",
  category: "Category",
  tag: "Tag",
  region: "Region",
  sortBy: "Sort by",
  sortUpdated: "Last updated",
  sortPublished: "Publication date",
  count: (count: number) => plural("en", count, { one: "# item", other: "# items" }),
  nothingMatches: "Nothing matches these filters.",
  restoreSelected: "Restore selected",
  trashSelected: "Move selected to trash",
  caption: "Articles",
  select: "Select",
  selectRow: (title: string) => `Select "${title}"`,
  terms: "Terms",
  published: "Published",
  updated: "Updated",
};

/** The revision list and the comparison of two revisions. */
const revisionsEn = {
  title: "Revisions",
  heading: (title: string) => `Revisions of "${title}"`,
  description: "Every save is kept. Compare two, or restore one (that is saved as a new revision).",
  backToEditor: "Back to the editor",
  caption: "Revisions, newest first",
  from: "From",
  to: "To",
  saved: "Saved",
  by: "By",
  compareFrom: (date: string) => `Compare from the revision of ${date}`,
  compareTo: (date: string) => `Compare to the revision of ${date}`,
  current: "Current",
  conflicting: "Conflicting save",
  deletedUser: "A deleted user",
  compareSelected: "Compare selected revisions",
  restore: "Restore this revision",
  restoring: "Restoring…",
  compare: {
    title: "Compare revisions",
    /** One side of the comparison: when it was saved and by whom. */
    side: (date: string, editor: string | null) => `${date} by ${editor ?? "a deleted user"}`,
    from: "From",
    to: "to",
    allRevisions: "All revisions",
    excerpt: "Excerpt",
    text: "Text",
  },
};

/** The translation group under the editor. */
const translationsEn = {
  heading: "Translations",
  thisVersion: (language: string) =>
    `This version is in ${language}. Each translation has its own address, status and schedule.`,
  sourceChanged:
    "The version this was translated from has changed since this translation was last saved.",
  source: "source",
  changedSince: (language: string) => `The ${language} version changed since`,
  none: "No translations yet.",
  start: "Start a translation, prefilled with this version's text:",
  translateInto: (language: string) => `Translate into ${language}`,
};

export const articleSectionsEn = {
  articleStatus: articleStatusEn,
  articles: articlesEn,
  revisions: revisionsEn,
  translations: translationsEn,
};
