import "server-only";
import { recordAudit } from "@/lib/audit";
import { type Actor, assertCan } from "@/lib/auth/permissions";
import { getDb } from "@/lib/db";
import type { Prisma } from "@/lib/generated/prisma/client";
import {
  type CommentSettings,
  CommentSettingsSchema,
  SETTING_KEYS,
  type SiteSettings,
  SiteSettingsSchema,
  defaultCommentSettings,
  defaultSiteSettings,
  withDefaults,
} from "@/lib/settings/schemas";

function changedKeys(old: Record<string, unknown>, after: Record<string, unknown>): string[] {
  return Object.keys(after).filter(
    (key) => JSON.stringify(old[key]) !== JSON.stringify(after[key]),
  );
}

async function saveSetting(
  actor: Actor,
  key: string,
  value: Record<string, unknown>,
  label: string,
  effective: (stored: unknown) => Record<string, unknown>,
): Promise<void> {
  await getDb().$transaction(async (tx) => {
    const before = await tx.setting.findUnique({ where: { key }, select: { value: true } });
    const changed = changedKeys(effective(before?.value), value);
    const json = value as Prisma.InputJsonObject;
    await tx.setting.upsert({
      where: { key },
      create: { key, value: json },
      update: { value: json },
    });
    await recordAudit(
      actor,
      {
        action: "setting.update",
        targetType: "Setting",
        targetId: key,
        summary: changed.length
          ? `Changed ${label}: ${changed.join(", ")}`
          : `Saved ${label} (no changes)`,
        details: { key, changed },
      },
      tx,
    );
  });
}

/** Saves the site's title, tagline, description, time zone and language (setting:manage). */
export async function updateSiteSettings(
  actor: Actor | null,
  input: SiteSettings,
): Promise<SiteSettings> {
  assertCan(actor, "setting:manage");
  const value = SiteSettingsSchema.parse(input);
  await saveSetting(actor, SETTING_KEYS.site, value, "site settings", (stored) =>
    withDefaults(SiteSettingsSchema, defaultSiteSettings, stored),
  );
  return value;
}

/** Saves the comment rules (setting:manage). */
export async function updateCommentSettings(
  actor: Actor | null,
  input: CommentSettings,
): Promise<CommentSettings> {
  assertCan(actor, "setting:manage");
  const value = CommentSettingsSchema.parse(input);
  await saveSetting(actor, SETTING_KEYS.comments, value, "comment rules", (stored) =>
    withDefaults(CommentSettingsSchema, defaultCommentSettings, stored),
  );
  return value;
}

/** The stored settings as the settings form shows them (setting:manage), uncached. */
export async function readSettingsForEditing(
  actor: Actor | null,
): Promise<{ site: SiteSettings; comments: CommentSettings }> {
  assertCan(actor, "setting:manage");
  const rows = await getDb().setting.findMany({
    where: { key: { in: [SETTING_KEYS.site, SETTING_KEYS.comments] } },
    select: { key: true, value: true },
  });
  const byKey = new Map(rows.map((row) => [row.key, row.value]));
  return {
    site: withDefaults(SiteSettingsSchema, defaultSiteSettings, byKey.get(SETTING_KEYS.site)),
    comments: withDefaults(
      CommentSettingsSchema,
      defaultCommentSettings,
      byKey.get(SETTING_KEYS.comments),
    ),
  };
}
