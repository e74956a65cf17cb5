/** Invitations to staff accounts, and resetting a forgotten password by email. */
const invitationsEn = {
  invite: "Invite a user",
  inviteHint:
    "The person gets an email with a link that works once, for 72 hours, where they choose their own password.",
  send: "Send invitation",
  sending: "Sending…",
  sent: (email: string) => `Invitation sent to ${email}.`,
  notMailed: (email: string) =>
    `The invitation for ${email} is saved, but the email could not be sent. Invite them again later.`,
  mailOff:
    "Mail is off (SMTP_URL is not set), so no invitation can be sent. Set up mail, or create the account with npm run user -- create.",
  exists: (email: string) => `An account with the email ${email} already exists.`,
  inviteAnother: "Invite another",
  pendingHeading: "Pending invitations",
  pendingNone: "No invitation is waiting to be accepted.",
  pendingCaption: "Invitations not yet accepted",
  invitedBy: "Invited by",
  expires: "Expires",
  revoke: "Revoke",
  revoking: "Revoking…",
  revoked: (email: string) => `The invitation for ${email} is revoked; its link no longer works.`,
  gone: "That invitation is no longer pending.",
  acceptTitle: "Choose your password",
  acceptIntro: (email: string) =>
    `You are invited to the staff area as ${email}. Choose a password to finish setting up your account.`,
  password: "Password",
  passwordHint: "At least 12 characters. A few unrelated words make a strong one.",
  again: "Password again",
  mismatch: "The two passwords do not match.",
  accept: "Create my account",
  accepting: "Creating…",
  badLinkTitle: "This link cannot be used",
  badLink:
    "The link has been used already, has expired, or was withdrawn. Ask an administrator for a new invitation.",
  mailSubject: "Your invitation to the staff area",
  mailBody: (role: string, link: string) =>
    `Hello,\n\nyou are invited to the staff area as ${role}. Choose your password here (the link works once, for 72 hours):\n\n${link}\n\nIf you did not expect this, ignore this email.\n`,
};

const passwordResetEn = {
  link: "Forgot your password?",
  title: "Forgotten password",
  intro: "Type the email address of your staff account. We will send a link to set a new password.",
  send: "Send the link",
  sending: "Sending…",
  sent: "If an account uses this address, we sent a link to it. The link works once, for one hour.",
  throttled: "Too many requests. Try again in an hour.",
  backToSignIn: "Back to sign-in",
  resetTitle: "Set a new password",
  resetIntro: (email: string) =>
    `Choose a new password for ${email}. Every session of the account ends when it is set.`,
  submit: "Set the password",
  submitting: "Saving…",
  badLink: "The link has been used already or has expired. Ask for a new one.",
  newLink: "Ask for a new link",
  mailSubject: "Set a new password",
  mailBody: (link: string) =>
    `Hello,\n\nsomeone, hopefully you, asked to reset the password of your staff account. Set a new password here (the link works once, for one hour):\n\n${link}\n\nIf it was not you, ignore this email: your password stays as it is.\n`,
};

export const invitationSectionsEn = { invitations: invitationsEn, passwordReset: passwordResetEn };
