import { plural } from "@/lib/i18n/plural";

/** The list of one's signed-in browsers, ending them, and the new-device email. */
const sessionsEn = {
  heading: "Signed in on",
  introOwn: "Every browser where your account is signed in now.",
  introOther: "Every browser where this account is signed in now.",
  placeNote: "Place is not shown: no IP address is kept.",
  caption: "Signed-in browsers",
  browser: "Browser",
  began: "Began",
  lastSeen: "Last seen",
  secondStep: "Second step",
  unknownBrowser: "Unknown browser",
  thisBrowser: "This browser",
  methods: {
    "": "None (password only)",
    totp: "Authenticator app",
    recovery: "Recovery code",
    "security-key": "Security key",
  } as Record<string, string>,
  none: "Not signed in anywhere.",
  signOut: "Sign out",
  signOutLabel: (device: string, began: string) => `Sign out ${device}, began ${began}`,
  signingOut: "Signing out…",
  signOutOthers: "Sign out all other sessions",
  signOutAll: "Sign out all their sessions",
  signedOutOne: "That session is signed out: the browser is sent to sign in at its next request.",
  alreadyEnded: "That session had already ended.",
  signedOutMany: (count: number) =>
    count === 0
      ? "There was no session to sign out."
      : `Signed out of ${plural("en", count, { one: "# session", other: "# sessions" })}.`,
  // The new-device email.
  unknownDevice: "an unknown browser",
  newDeviceSubject: "New sign-in to your staff account",
  newDeviceBody: (device: string, when: string, endLink: string, resetLink: string) =>
    `Hello,\n\nyour staff account was just signed in to from a browser it had not been used from before:\n\n  ${device}\n  ${when}\n\nIf this was you, there is nothing to do.\n\nIf this wasn't you, end that session at once with this link:\n\n${endLink}\n\nthen choose a new password here:\n\n${resetLink}\n`,
  // The page the email's link opens.
  endTitle: "End a session",
  endIntro:
    "This link from the new sign-in email ends one session of your staff account. You do not need to be signed in.",
  endDevice: "Browser",
  endBegan: "Began",
  end: "End this session",
  ending: "Ending…",
  endedTitle: "The session is ended",
  ended:
    "That browser is signed out: it is sent to the sign-in page at its next request. If you did not sign in there yourself, someone knows your password.",
  endedBefore: "This session has already ended: that browser is no longer signed in.",
  chooseNew: "Choose a new password",
  chooseNewHint: "A new password signs out every other session of the account, too.",
  badLinkTitle: "This link cannot be used",
  badLink:
    "The link is incomplete, was changed, or is more than a week old. If you think someone else is signed in to your account, choose a new password: that signs out every session.",
};

export const sessionSectionsEn = { sessions: sessionsEn };
