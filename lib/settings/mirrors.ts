import { z } from "zod";
import { onionNameProblem } from "@/lib/settings/onion-address";
import { withDefaults } from "@/lib/settings/schemas";

const MAX_MIRRORS = 20;
const MAX_URL_LENGTH = 2000;

/**
 * Where readers reach the site when its address is blocked or watched, stored under the Setting
 * key "mirrors": the onion service's address ("" for none) and copies of the site elsewhere.
 */
const MirrorSettingsSchema = z.object({
  onionAddress: z.string().max(MAX_URL_LENGTH),
  mirrors: z.array(z.string().max(MAX_URL_LENGTH)).max(MAX_MIRRORS),
});
export type MirrorSettings = z.infer<typeof MirrorSettingsSchema>;

const defaultMirrorSettings: MirrorSettings = { onionAddress: "", mirrors: [] };

/** Stored mirror settings read field by field (a field missing or no longer valid is empty). */
export function readMirrorSettings(stored: unknown): MirrorSettings {
  return withDefaults(MirrorSettingsSchema, defaultMirrorSettings, stored);
}

const ONION_MESSAGES = {
  url: "Type the onion address in full, starting with http:// or https://, e.g. http://…onion.",
  "not-onion": "This is not an onion address: its name must end in .onion.",
  shape:
    "An onion address has 56 letters (a–z) and digits (2–7) before .onion. Old 16-character addresses no longer work in Tor.",
  checksum:
    "This onion address has a typo: its characters do not add up. Copy it again from your onion service's hostname file.",
  path: "Type the onion site's address alone, without a path or anything after .onion.",
};

/** An http(s) URL, or null when the text is not one. */
function parseWebUrl(text: string): URL | null {
  if (!URL.canParse(text)) return null;
  const url = new URL(text);
  return url.protocol === "http:" || url.protocol === "https:" ? url : null;
}

/** The onion address as the form sends it: "" for none, else its normalised origin. */
const onionAddressField = z
  .string()
  .trim()
  .max(MAX_URL_LENGTH, "An address can be at most 2,000 characters.")
  .transform((text, context) => {
    if (text === "") return "";
    const url = parseWebUrl(text);
    if (!url) {
      context.addIssue({ code: "custom", message: ONION_MESSAGES.url });
      return z.NEVER;
    }
    const problem = onionNameProblem(url.hostname);
    if (problem) {
      context.addIssue({ code: "custom", message: ONION_MESSAGES[problem] });
      return z.NEVER;
    }
    if (url.username || url.password || url.pathname !== "/" || url.search || url.hash) {
      context.addIssue({ code: "custom", message: ONION_MESSAGES.path });
      return z.NEVER;
    }
    return url.origin;
  });

/** One mirror: a full http(s) address of a public host, normalised; null when it is not one. */
function normaliseMirror(text: string): string | null {
  const url = parseWebUrl(text);
  if (!url || url.username || url.password || !url.hostname.includes(".")) return null;
  url.hash = "";
  return url.href;
}

const mirrorList = z
  .array(z.string())
  .transform((lines, context) => {
    const mirrors: string[] = [];
    for (const line of lines) {
      const mirror = line.length <= MAX_URL_LENGTH ? normaliseMirror(line) : null;
      if (mirror === null) {
        context.addIssue({
          code: "custom",
          message: `“${line.slice(0, 80)}” is not a full address: start it with https:// or http://, e.g. https://mirror.example.org.`,
        });
      } else if (!mirrors.includes(mirror)) {
        mirrors.push(mirror);
      }
    }
    return mirrors;
  })
  .pipe(
    z
      .array(z.string())
      .max(MAX_MIRRORS, `List at most ${MAX_MIRRORS} mirror addresses (repeated ones count once).`),
  );

/** The mirror and onion addresses a service call saves, checked as the form checks them. */
export const MirrorSettingsInputSchema = z.object({
  onionAddress: onionAddressField,
  mirrors: mirrorList,
});

/** What the mirrors form sends: the onion address, and the mirrors one per line. */
export const MirrorSettingsFormSchema = z.object({
  onionAddress: onionAddressField.default(""),
  mirrors: z
    .string()
    .optional()
    .transform((text) =>
      (text ?? "")
        .split(/\s+/)
        .map((line) => line.trim())
        .filter(Boolean),
    )
    .pipe(mirrorList),
});

/** A link as readers see it: the address, and the same without its scheme and final slash. */
type ReaderLink = { href: string; label: string };

const linkTo = (href: string): ReaderLink => ({
  href,
  label: href.replace(/^https?:\/\//, "").replace(/\/$/, ""),
});

/** The addresses to show readers, or null when there are none (nothing is shown then). */
export function readerAddresses(
  settings: MirrorSettings,
): { mirrors: ReaderLink[]; onion: ReaderLink | null } | null {
  if (!settings.onionAddress && settings.mirrors.length === 0) return null;
  return {
    mirrors: settings.mirrors.map(linkTo),
    onion: settings.onionAddress ? linkTo(settings.onionAddress) : null,
  };
}
