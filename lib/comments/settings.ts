import "server-only";
import { getDb } from "@/lib/db";
import {
  type CommentSettings,
  CommentSettingsSchema,
  SETTING_KEYS,
  defaultCommentSettings,
  withDefaults,
} from "@/lib/settings/schemas";

/**
 * The comment rules now in force. Reads the "comments" setting row directly (uncached), so a
 * change in the settings screen applies to the very next comment; a stored field that no longer
 * fits the schema falls back to its default, as everywhere else settings are read.
 */
export async function loadCommentSettings(): Promise<CommentSettings> {
  const row = await getDb().setting.findUnique({
    where: { key: SETTING_KEYS.comments },
    select: { value: true },
  });
  return withDefaults(CommentSettingsSchema, defaultCommentSettings, row?.value);
}

/** The rules as pages and actions use them (cached, revalidated when staff save settings). */
export { getCommentSettings as getCachedCommentSettings } from "@/lib/settings/queries";
