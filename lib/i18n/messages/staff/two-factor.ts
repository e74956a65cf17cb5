/** Two-factor sign-in: the second step, setting up an authenticator app, recovery codes, policy. */
const twoFactorEn = {
  // The second step of signing in.
  verifyTitle: "Two-step verification",
  verifyIntro: (email: string) =>
    `Signing in as ${email}. Prove it is you with your second factor.`,
  codeLabel: "Code from your authenticator app",
  codeHint: "Six digits. The code changes every 30 seconds.",
  verify: "Verify",
  verifying: "Checking…",
  wrongCode: "That code is not right, or it was used already. Try the next one.",
  recoveryHeading: "Lost your device?",
  recoveryLabel: "Recovery code",
  recoveryHint: "One of the ten codes you saved when you set up two-step verification.",
  useRecovery: "Use recovery code",
  wrongRecovery: "That recovery code is not right, or it was used already.",
  expired: "Your sign-in took too long. Enter your email and password again.",
  cancel: "Cancel and sign in again",
  // The account page's section.
  title: "Two-step verification",
  intro:
    "A second step after your password: a code from an authenticator app, or a security key. Someone who learns your password still cannot sign in.",
  required:
    "This site requires two-step verification for your account. Set up an authenticator app or a security key to use the staff area.",
  appHeading: "Authenticator app",
  appOn: (date: string) => `On since ${date}.`,
  appOff: "Not set up.",
  setUpApp: "Set up an authenticator app",
  replaceApp: "Move to a new authenticator app",
  scan: "Scan this code with your authenticator app (such as Aegis, FreeOTP, Google Authenticator or 1Password), or type the key.",
  qrLabel: "QR code for your authenticator app",
  secretLabel: "Key",
  confirmLabel: "Code from the app",
  confirm: "Confirm",
  confirming: "Confirming…",
  confirmed: "The authenticator app is set up. It will ask for a code each time you sign in.",
  confirmWrong: "That code does not match. Check the time on your phone, then try the next code.",
  cancelSetup: "Cancel",
  removeApp: "Turn off the authenticator app",
  removed: "The authenticator app is turned off.",
  lastFactor:
    "Your account must keep a second factor: set up another one before turning this one off.",
  codesHeading: "Recovery codes",
  codesLeft: (count: number) =>
    count === 0
      ? "None left. Make new ones, or you could be locked out if you lose your device."
      : `${count} of 10 left. Each works once, when you cannot use your device.`,
  codesNone: "Recovery codes are made when you set up your first second factor.",
  newCodes: "Make new recovery codes",
  newCodesHint: "The old ones stop working.",
  codesShownOnce:
    "Save these codes somewhere safe, away from your phone: they are shown only now. Each works once.",
  codesListLabel: "Your recovery codes",
  // The admin settings.
  policyHeading: "Two-step verification",
  policyLabel: "Require two-step verification for",
  policyNobody: "Nobody (each person chooses)",
  policyPrivileged: "Administrators and editors",
  policyEveryone: "Everyone with a staff account",
  policyHint:
    "People without a second factor are sent to set one up at their next request, and cannot use the staff area until they do.",
  policySave: "Save",
  policySaved: "Saved.",
  // Resetting another person's second factor.
  resetHeading: "Two-step verification",
  resetHint:
    "If they lost their phone and their recovery codes. Their authenticator app, security keys and recovery codes are removed, their sessions end, and they are told by email.",
  reset: "Reset two-step verification",
  resetting: "Resetting…",
  resetDone: (email: string) => `Two-step verification is reset for ${email}.`,
  resetNothing: "This account has no second factor.",
  resetSelf: "Reset your own from your account page.",
  resetMailSubject: "Two-step verification was reset on your staff account",
  resetMailBody: (admin: string, link: string) =>
    `Hello,\n\n${admin} reset two-step verification on your staff account: your authenticator app, security keys and recovery codes no longer work, and you were signed out everywhere.\n\nSign in again and set up a second factor:\n\n${link}\n\nIf you did not ask for this, tell another administrator at once.\n`,
};

export const twoFactorSectionsEn = { twoFactor: twoFactorEn };
