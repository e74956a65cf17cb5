import type { CommentStatus, Taxonomy } from "@/lib/generated/prisma/enums";
import { plural } from "@/lib/i18n/plural";

const articleCount = (count: number) =>
  plural("en", count, { one: "# article", other: "# articles" });

/** Each taxonomy's own wording, so a language that inflects never builds it from one word. */
const taxonomyEn: Record<
  Taxonomy,
  { many: string; add: string; addButton: string; edit: (name: string) => string }
> = {
  CATEGORY: {
    many: "Categories",
    add: "Add a category",
    addButton: "Add category",
    edit: (name) => `Edit the category "${name}"`,
  },
  TAG: {
    many: "Tags",
    add: "Add a tag",
    addButton: "Add tag",
    edit: (name) => `Edit the tag "${name}"`,
  },
  REGION: {
    many: "Regions",
    add: "Add a region",
    addButton: "Add region",
    edit: (name) => `Edit the region "${name}"`,
  },
};

/** Categories, tags and regions: the lists, the forms, merging and the names in other languages. */
const termsEn = {
  title: "Categories & tags",
  description: "Categories (with parents), tags and regions.",
  deleted: "Deleted. Its articles are unchanged apart from losing it.",
  none: "None yet.",
  articles: "Articles",
  taxonomy: taxonomyEn,
  adding: "Adding…",
  slugHint: "Leave empty to make it from the name.",
  parent: "Parent category",
  topLevel: "None (top level)",
  editTitle: "Edit term",
  allTerms: "All categories & tags",
  /** Above the main form: its fields are the default language's; the others come below. */
  defaultLanguageNote: (language: string, hasOthers: boolean) =>
    `Name, slug and description in ${language}, the site's default language.${hasOthers ? " The other languages have theirs under “In other languages” below." : ""}`,
  confirmDelete: (name: string, count: number) =>
    `Delete "${name}"? ${articleCount(count)} will simply lose it.`,
  deleteNote: (count: number) =>
    `Deleting it removes it from ${articleCount(count)}; the articles stay as they are.`,
  merge: {
    heading: "Merge two tags",
    note: "Articles with the first tag get the second; the first is then deleted.",
    source: "Merge this tag away",
    target: "Into this tag (kept)",
    submit: "Merge tags",
    pending: "Merging…",
  },
  translations: {
    heading: "In other languages",
    note: (defaultLanguage: string) =>
      `A language left without a name shows the ${defaultLanguage} name above. Each language has its own address.`,
    slugHint: "Made from the name when left empty.",
    save: "Save the names",
  },
};

/** The moderation queue, its tabs and buttons, staff replies and erasing a commenter. */
const commentsEn = {
  title: "Comments",
  description: "Readers' comments wait here until someone approves them.",
  tabsLabel: "Comment status",
  tabs: { PENDING: "Pending", APPROVED: "Approved", SPAM: "Spam", TRASH: "Trash" },
  operations: {
    approve: "Approve",
    unapprove: "Unapprove",
    spam: "Spam",
    trash: "Trash",
    notSpam: "Not spam",
    restore: "Restore",
    delete: "Delete permanently",
  },
  article: "Article",
  allArticles: "All articles",
  search: "Search text, name or email",
  empty: (status: CommentStatus, filtered: boolean) =>
    `No ${status.toLowerCase()} comments${filtered ? " match" : ""}.`,
  approveAndReply: "Approve and reply",
  reply: "Reply",
  withSelected: "With selected:",
  count: (count: number) => plural("en", count, { one: "# comment", other: "# comments" }),
  selectComment: (author: string) => `Select the comment by ${author}`,
  staff: "staff",
  on: "On",
  allOnArticle: "All comments on this article",
  inReplyTo: "In reply to",
  quoted: (excerpt: string) => `: “${excerpt}”`,
  replyBody: "Your reply (published at once, marked as staff)",
  editText: "Edit text",
  editBody: "Comment text (HTML limited to the comment tags)",
  saveText: "Save text",
  erase: {
    heading: "Erase a commenter",
    note: "On request, remove every comment written with one email address, or keep the words and remove who wrote them. Their name is removed from the audit log too.",
    email: "Email address",
    how: "How",
    anonymise: "Anonymise",
    submit: "Erase",
    pending: "Erasing…",
  },
};

/** The media library, one image's details, and the upload form with its answers. */
const mediaEn = {
  title: "Media",
  description: "Images for covers and article text.",
  searchLabel: "Search images",
  nameOrAlt: "Name or alt text",
  search: "Search",
  empty: "No images yet.",
  uploadedBy: (name: string) => `by ${name}`,
  coverOf: (count: number) => `Cover of ${articleCount(count)}`,
  altText: "Alt text",
  saveDetails: "Save details",
  confirmDelete: (name: string) => `Delete "${name}"? This cannot be undone.`,
  deleteImage: "Delete image",
  upload: {
    heading: "Upload an image",
    file: "Image file",
    fileHint: (max: string) =>
      `JPEG, PNG, WebP or GIF, up to ${max}. Location and camera data are removed.`,
    progress: (percent: number) => `Uploading… ${percent}%`,
    submit: "Upload",
    chooseFile: "Choose an image file to upload.",
    failed: "The upload failed and nothing was saved. Please try again.",
    connectionBroke: "The connection broke off. Please try again.",
    otherSite: "Uploads are only accepted from this site.",
    sessionEnded: "Your session has ended. Sign in again, then retry.",
    forbidden: "You do not have permission to upload images.",
    tooLarge: (max: string) => `The file is larger than the limit of ${max}. Nothing was saved.`,
    incomplete: "The upload was incomplete. Please try again.",
    checkFields: "Check the fields.",
    uploaded: (name: string) => `"${name}" was uploaded.`,
  },
};

export const contentSectionsEn = { terms: termsEn, comments: commentsEn, media: mediaEn };
