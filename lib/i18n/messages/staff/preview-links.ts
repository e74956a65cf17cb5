/** The editor's "Share preview" panel. */
const previewLinksEn = {
  heading: "Share preview",
  description:
    "A link anyone can open without signing in, to read this article as readers will see it – for a lawyer checking a statement, say. It shows the last saved version and closes when it expires or is revoked.",
  expiresIn: "Open for",
  expiries: { "1h": "1 hour", "1d": "1 day", "7d": "7 days", "30d": "30 days" },
  label: "For whom (optional)",
  labelHint: "Only staff see it, in the list below.",
  create: "Create link",
  creating: "Creating…",
  created: "Preview link created. Copy it now: it is shown only this once.",
  newLink: "New preview link",
  newLinkHint: (expires: string) => `Open until ${expires}. Select the text to copy it.`,
  copy: "Copy",
  copied: "Copied",
  copyFailed: "Could not copy: select the text and copy it.",
  caption: "Preview links of this article",
  none: "No preview links yet.",
  forWhom: "For whom",
  createdBy: "Created",
  expires: "Expires",
  lastUsed: "Last opened",
  never: "Never",
  status: "Status",
  noLabel: "(no label)",
  byline: (name: string | null, when: string) => `${when} by ${name ?? "a former staff member"}`,
  statuses: { active: "Open", expired: "Expired", revoked: "Revoked" },
  revoke: "Revoke",
  revokeLabel: (label: string) => `Revoke the link ${label}`,
  revoked: "The link was revoked: it no longer opens.",
};

/** The bar above a preview, for staff who may edit the article. */
const previewBarEn = {
  label: "Staff",
  backToEditing: "Preview – back to editing",
  title: (title: string) => `Preview: ${title}`,
};

export const previewLinkSectionsEn = { previewLinks: previewLinksEn, previewBar: previewBarEn };
