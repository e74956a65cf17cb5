import { LANGUAGES } from "@/lib/i18n/languages";

/** Words many staff screens share: buttons, pagination, table headings. */
const commonEn = {
  /** Intl locale for the staff area's dates and numbers. */
  intl: LANGUAGES.en.intl,
  save: "Save",
  saving: "Saving…",
  filter: "Filter",
  clear: "Clear",
  delete: "Delete",
  deleting: "Deleting…",
  restore: "Restore",
  deletePermanently: "Delete permanently",
  publishing: "Publishing…",
  uploading: "Uploading…",
  actions: "Actions",
  choose: "Choose…",
  email: "Email",
  name: "Name",
  password: "Password",
  role: "Role",
  title: "Title",
  slug: "Slug",
  description: "Description",
  credit: "Credit",
  altTextLong: "Alt text (what the image shows)",
  pagination: {
    label: "Pagination",
    previous: "Previous",
    next: "Next",
    pageOf: (page: number, total: number) => `Page ${page} of ${total}`,
  },
};

/** The frame around every staff page: its title, skip link, navigation and sign-out. */
const navEn = {
  staffArea: "Staff area",
  titleTemplate: "%s | Staff area",
  skipToContent: "Skip to content",
  viewSite: "View site",
  signOut: "Sign out",
  /** Read after the count of comments waiting on the Comments entry. */
  pendingBadge: "pending",
  items: {
    dashboard: "Dashboard",
    articles: "Articles",
    pages: "Pages",
    terms: "Categories & tags",
    people: "People",
    petitions: "Petitions",
    actions: "Actions",
    media: "Media",
    badge: "Picture badge",
    comments: "Comments",
    users: "Users",
    redirects: "Redirects",
    import: "Import",
    export: "Static mirror",
    settings: "Settings",
    audit: "Audit log",
    account: "Account",
  },
};

/** The 403 page and the calm message for an unexpected failure. */
const problemsEn = {
  forbidden: {
    title: "You do not have access to this page",
    body: "Your role does not include this part of the staff area. If you need it, ask an administrator.",
    back: "Back to the dashboard",
  },
  error: {
    title: "Something went wrong",
    body: (reference?: string) =>
      `This page could not be shown. Nothing you saved before is lost. Try again, and if it keeps happening, tell the site administrator${reference ? ` (reference ${reference})` : ""}.`,
    retry: "Try again",
  },
};

const signInEn = {
  title: "Sign in",
  heading: "Sign in to the staff area",
  signedOut: "You have signed out.",
  forgotten: "Staff only.",
  backToSite: "Back to the site",
  submit: "Sign in",
  pending: "Signing in…",
};

const dashboardEn = {
  title: "Dashboard",
  signedInAs: (name: string) => `Signed in as ${name}.`,
  writeArticle: "Write an article",
  mediaLibrary: "Media library",
  moderateComments: "Moderate comments",
  commentsPending: "Comments pending",
  scheduled: "Scheduled",
  nothingScheduled: "Nothing is scheduled.",
  latestPublished: "Latest published",
  nothingPublished: "Nothing is published yet.",
  /** After the title of a background page in the lists. */
  pageMark: "(page)",
};

const auditEn = {
  title: "Audit log",
  description: "Who did what and when. Entries cannot be changed.",
  action: "Action",
  allActions: "All actions",
  empty: (action?: string) => `No entries${action ? ` for ${action}` : ""}.`,
  caption: "Audit log entries, newest first",
  when: (timeZone: string) => `When (${timeZone})`,
  who: "Who",
  what: "What",
};

export const shellSectionsEn = {
  common: commonEn,
  nav: navEn,
  problems: problemsEn,
  signIn: signInEn,
  dashboard: dashboardEn,
  audit: auditEn,
};
