import "server-only";
import { getDb } from "@/lib/db";
import { type CommentSettings, defaultCommentSettings } from "@/lib/comments/schemas";

function toWordList(value: unknown): string[] {
  const items = Array.isArray(value)
    ? value
    : typeof value === "string"
      ? value.split(/[\n,]/)
      : [];
  return items.map((item) => String(item).trim()).filter(Boolean);
}

function toNumber(value: unknown, fallback: number, min: number): number {
  const number = typeof value === "number" ? value : Number(value);
  return Number.isFinite(number) && number >= min ? Math.floor(number) : fallback;
}

/** Reads whatever shape the settings screen stored into the rules the comment code needs. */
export function normalizeCommentSettings(value: unknown): CommentSettings {
  const raw = (value && typeof value === "object" ? value : {}) as Record<string, unknown>;
  const d = defaultCommentSettings;
  const bool = (key: keyof CommentSettings) =>
    typeof raw[key] === "boolean" ? raw[key] : (d[key] as boolean);
  return {
    requireApproval: bool("requireApproval"),
    autoApproveKnown: bool("autoApproveKnown"),
    staffAutoApprove: bool("staffAutoApprove"),
    humanCheck: bool("humanCheck"),
    closeAfterDays: toNumber(raw.closeAfterDays, d.closeAfterDays, 0),
    maxDepth: toNumber(raw.maxDepth, d.maxDepth, 1),
    perPage: toNumber(raw.perPage, d.perPage, 1),
    maxLength: toNumber(raw.maxLength, d.maxLength, 1),
    ipRetentionDays: toNumber(raw.ipRetentionDays, d.ipRetentionDays, 1),
    holdWords: raw.holdWords === undefined ? d.holdWords : toWordList(raw.holdWords),
    spamWords: raw.spamWords === undefined ? d.spamWords : toWordList(raw.spamWords),
  };
}

/**
 * The comment rules now in force. Reads the "comments" setting row directly (uncached), so a
 * change in the settings screen applies to the very next comment.
 */
export async function loadCommentSettings(): Promise<CommentSettings> {
  const row = await getDb().setting.findUnique({
    where: { key: "comments" },
    select: { value: true },
  });
  return normalizeCommentSettings(row?.value);
}

/** The rules as pages and actions use them (cached, revalidated when staff save settings). */
export { getCommentSettings as getCachedCommentSettings } from "@/lib/settings/queries";
