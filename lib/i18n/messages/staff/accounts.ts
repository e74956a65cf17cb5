import type { Role } from "@/lib/generated/prisma/enums";
import { plural } from "@/lib/i18n/plural";

/** Staff accounts, roles, password resets and sign-in throttles. */
const usersEn = {
  title: "Users",
  description: "Staff accounts and what each may do.",
  add: "Add a user",
  caption: "Staff accounts",
  status: "Status",
  created: "Created",
  active: "Active",
  deactivated: "Deactivated",
  roles: {
    ADMIN: "Administrator",
    EDITOR: "Editor",
    AUTHOR: "Author",
    MODERATOR: "Moderator",
  } satisfies Record<Role, string>,
  /** Under the signed-in person's name in the navigation. */
  rolesShort: {
    ADMIN: "admin",
    EDITOR: "editor",
    AUTHOR: "author",
    MODERATOR: "moderator",
  } satisfies Record<Role, string>,
  editTitle: "Edit user",
  allUsers: "← All users",
  generatedPassword: "Generated password (shown only this once):",
  giveIt: (email: string) =>
    `Give it to ${email} by a safe channel; they can change it under Account.`,
  backToUsers: "Back to users",
  addAnother: "Add another",
  roleHint:
    "Administrators manage users and settings; editors publish; authors write their own articles; moderators handle comments.",
  passwordHint: "At least 12 characters. Leave empty to generate one, shown once.",
  create: "Create user",
  creating: "Creating…",
  roleChangeHint: "Changing the role signs the person out everywhere.",
  saveRole: "Save role",
  access: "Access",
  activeNote: "A deactivated account cannot sign in, and its open sessions stop working at once.",
  inactiveNote: "This account is deactivated. Reactivate it to let the person sign in again.",
  deactivate: "Deactivate account",
  reactivate: "Reactivate account",
  passwordHeading: "Password",
  resetLinkHint:
    "Only its owner chooses a password. The link lets them choose a new one (it works once, for an hour), and setting it signs them out everywhere.",
  sendResetLink: "Send a password reset link",
  sendingResetLink: "Sending…",
  resetLinkSent: (email: string) => `A password reset link was sent to ${email}.`,
  resetLinkNotSent: (email: string) =>
    `The email to ${email} could not be sent. Check the mail settings, then try again.`,
  resetLinkMailOff:
    "Mail is off (SMTP_URL is not set), so no reset link can be sent. On the server, npm run user -- reset-password sets a new password.",
  resetLinkInactive: "This account is deactivated: reactivate it before sending a reset link.",
  twoFactorNotTold: "The email telling them could not be sent: tell them yourself.",
  throttles: {
    heading: "Sign-in throttles",
    none: "No account is throttled now.",
    caption: "Accounts whose sign-in is slowed down",
    account: "Account",
    what: "What is slowed",
    failures: "Failed attempts this hour",
    everyAddress: (until: string) => `Every address, until ${until} (many addresses failed)`,
    addresses: (count: number, until: string) =>
      `${plural("en", count, { one: "# address", other: "# addresses" })}, until ${until}`,
    lift: "Lift",
    lifting: "Lifting…",
  },
};

const accountEn = {
  title: "Account",
  heading: "Your account",
  changed: "Your password is changed. Your other sessions have been signed out.",
  securityLink: "authenticator app, security keys, recovery codes and where you are signed in.",
  changeHeading: "Change your password",
  current: "Current password",
  newPassword: "New password",
  newHint: "At least 12 characters. A few unrelated words make a strong one.",
  again: "New password again",
  submit: "Change password",
};

/**
 * The settings page: the site, its languages, logo and icons, the comment rules, and the mirrors
 * and onion address.
 */
const settingsEn = {
  title: "Settings",
  description: "Changes show on the public site at once.",
  site: {
    heading: "Site",
    note: "Title, tagline and description are in the default language; the Languages section below holds them in the others.",
    siteTitle: "Site title",
    tagline: "Tagline",
    descriptionHint: "Shown to search engines and in link previews.",
    timeZone: "Time zone",
    timeZoneHint: "Dates on the site and scheduled publishing use it, e.g. Europe/Minsk.",
    iconColour: "Icon colour",
    iconColourHint:
      "The background of the favicon and home-screen icons (when there is no logo) and the colour of the browser's bar on phones.",
    save: "Save site settings",
  },
  languages: {
    heading: "Languages",
    legend: "Languages of the public site",
    hint: "Readers switch between them on every page. Articles, pages and term names are written per language.",
    defaultLanguage: "Default language",
    defaultHint:
      "Its addresses have no prefix (/news/…); the others live under /be/, /ru/ …. Changing it moves addresses: old links to the previous default then need its prefix.",
    siteIn: (language: string) => `The site in ${language}`,
    descriptionHint: "Left blank, the default language's text is shown.",
    save: "Save languages",
  },
  logo: {
    heading: "Logo and icons",
    iconAlt: "The site's icon now",
    fromLogo: "The icons are made from the uploaded logo.",
    noLogo: "No logo yet: the icons show the site's initials on the icon colour.",
    upload: "Upload a logo",
    uploadHint:
      "A square PNG of at least 512 pixels works best (2 MB at most). It becomes the favicon, the home-screen icon and the publisher logo search engines show.",
    save: "Save the logo",
    remove: "Remove the logo",
  },
  comments: {
    heading: "Comment rules",
    approval: "Approval",
    requireApproval: "Hold new comments for approval",
    autoApproveKnown: "Approve at once commenters with an approved comment before",
    staffAutoApprove: "Approve comments by signed-in staff at once",
    humanCheck: "Ask commenters for a simple human check",
    closeAfterDays: "Close comments after (days)",
    closeHint: "0 keeps them open.",
    maxDepth: "Reply depth",
    perPage: "Comments per page",
    maxLength: "Maximum length (characters)",
    ipRetentionDays: "Keep commenters' IP hashes for (days)",
    holdWords: "Hold for moderation when a comment contains",
    spamWords: "Mark as spam when a comment contains",
    wordsHint: "One word or phrase per line.",
    save: "Save comment rules",
  },
  mirrors: {
    heading: "Mirrors and onion address",
    note: "For readers whose connection blocks or watches this site. When either is set, every public page's footer, every feed item and every email the site sends lists them, and Tor Browser offers the onion address on every public page. Leave both empty to show nothing.",
    onionAddress: "Onion address",
    onionHint:
      "The full address of the site's Tor onion service: http:// then 56 letters and digits and .onion (the hostname file of the onion service holds it).",
    mirrors: "Mirror addresses",
    mirrorsHint:
      "Full addresses of copies of this site on other domains, one per line, e.g. https://mirror.example.org. At most 20; an address listed twice is kept once.",
    save: "Save mirrors and onion address",
  },
};

export const accountSectionsEn = { users: usersEn, account: accountEn, settings: settingsEn };
