/** Redirects: old addresses (imported from WordPress or added by staff) and where they lead. */
const redirectsEn = {
  title: "Redirects",
  editTitle: "Edit redirect",
  description:
    "Old addresses that send readers and search engines on to a page of this site (HTTP 301). An old address nothing leads from shows the site's “page not found”.",
  allRedirects: "All redirects",
  add: "Add a redirect",
  adding: "Adding…",
  addButton: "Add redirect",
  fromPath: "Old address",
  fromPathHint: "A path or full address from the old site: /2020/05/old-story/, /?p=123, /about.",
  target: "New address",
  targetHint:
    "An article's or page's address on this site (/news/…, /about, or the full link: the redirect follows it if its address changes later), an archive, or any path on this site.",
  searchLabel: "Search redirects",
  searchField: "Old or new address",
  search: "Search",
  count: (total: number) =>
    total === 1 ? "1 redirect" : `${total.toLocaleString("en")} redirects`,
  caption: "Redirects",
  none: "No redirects yet.",
  nothingMatches: "No redirect matches this search.",
  select: "Select",
  selectRow: (from: string) => `Select the redirect from ${from}`,
  leadsTo: "Leads to",
  source: "Source",
  sources: { IMPORT: "Imported", STAFF: "Added by staff" },
  hits: "Hits",
  lastHit: "Last hit",
  never: "Never",
  notPublished: "Not published: answers 404 until it is",
  article: (title: string) => `Article “${title}”`,
  page: (title: string) => `Page “${title}”`,
  term: (name: string) => `Archive “${name}”`,
  deleteSelected: "Delete selected",
  confirmDeleteSelected: "Delete the selected redirects? Their old addresses will answer 404.",
  deleteHeading: "Delete this redirect",
  deleteNote: "Its old address will answer “page not found”.",
  confirmDelete: (from: string) => `Delete the redirect from ${from}?`,
  deleted: "The redirect was deleted.",
  createdMessage: (from: string) => `Added: ${from} now redirects.`,
  savedMessage: "Saved.",
  deletedMessage: (count: number) =>
    count === 1 ? "1 redirect deleted." : `${count} redirects deleted.`,
  current: "Now leads to",
  errors: {
    fromRequired: "Type the old address.",
    targetRequired: "Type the new address.",
    tooLong: "An address can be at most 2,000 characters.",
    selectSome: "Select at least one redirect.",
    tooMany: "Select at most 200 redirects at once.",
    fromInvalid:
      "This is not an old address a redirect can use: type a path such as /2020/05/old-story or /?p=123 (not the home page itself).",
    fromOwn: (from: string) =>
      `${from} has the form of this site's own addresses (articles, archives, people, petitions, feeds…): the site answers it itself, so a redirect from it would not be used.`,
    fromPage: (from: string) =>
      `A published page has the address ${from}: readers get the page, so the redirect would never be used.`,
    duplicate: (from: string) =>
      `There is already a redirect from ${from}: search for it below and change where it leads.`,
    otherSite:
      "Redirects lead only to this site: type a path such as /news/… or /about, or one of this site's own full addresses.",
    noArticle: (path: string) => `No article or page has the address ${path}.`,
    noTerm: (path: string) => `No category, tag or region has the address ${path}.`,
    self: "The new address is the old address itself: the redirect would lead in a circle.",
    chain: (path: string) =>
      `${path} is itself an old address that redirects elsewhere: type the address it leads to instead, so the redirects cannot go round in a loop.`,
    gone: "This redirect has been deleted meanwhile.",
  },
};

export const redirectSectionsEn = { redirects: redirectsEn };
