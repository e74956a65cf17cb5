/** Security keys and passkeys (WebAuthn): adding, removing, and signing in with one. */
const securityKeysEn = {
  // The account security page's section.
  heading: "Security keys and passkeys",
  intro:
    "A security key (such as a YubiKey or a Nitrokey), or a passkey kept by your phone, computer or password manager. When you sign in, you touch the key or unlock the device instead of typing a code.",
  caption: "Your security keys and passkeys",
  none: "No security key or passkey is added yet.",
  nameColumn: "Name",
  addedColumn: "Added",
  lastUsedColumn: "Last used",
  never: "Never",
  addHeading: "Add a security key or passkey",
  nameLabel: "Name",
  nameHint: "So you can tell your keys apart: “YubiKey on my key ring”, “Work laptop”.",
  nameRequired: "Give the key a name.",
  nameTooLong: "At most 60 characters.",
  add: "Add security key",
  adding: "Waiting for your key…",
  addPrompt:
    "Follow your browser: insert and touch your security key, or confirm with your device.",
  added: (name: string) => `“${name}” is added. You can use it the next time you sign in.`,
  addCancelled:
    "No key was added: the browser’s window was closed or timed out. Try again when your key is ready.",
  alreadyAdded: "This key is already added to your account.",
  addFailed: "Your key’s answer could not be checked, so nothing was added. Try again.",
  addExpired: "Adding the key took longer than five minutes. Try again.",
  notSupported:
    "This browser cannot use security keys or passkeys. Use a current Firefox, Chrome, Edge or Safari.",
  addNeedsScript:
    "Adding a security key needs JavaScript, which is off in this browser. Removing one works without it.",
  remove: "Remove",
  removeLabel: (name: string) => `Remove ${name}`,
  removeQuestion: (name: string) =>
    `Remove “${name}”? It will no longer work for signing in to this account.`,
  removing: "Removing…",
  removed: (name: string) => `“${name}” is removed.`,
  signedOut: "Your session has ended. Sign in again, then add the key.",
  notFound: "That key is not on your account (it may have been removed already).",
  // The second step of signing in.
  signInHint: "Insert and touch your security key, or use a passkey on this device.",
  use: "Use a security key",
  waiting: "Waiting for your key…",
  signInCancelled:
    "No key was used: the browser’s window was closed or timed out. Try again, or use a code.",
  wrongKey: "This key is not added to your account, or its answer could not be checked.",
  signInNeedsScript:
    "Security keys need JavaScript, which is off in this browser. The code forms below work without it.",
};

export const securityKeySectionsEn = { securityKeys: securityKeysEn };
