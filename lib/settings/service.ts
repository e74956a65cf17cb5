import "server-only";
import { recordAudit } from "@/lib/audit";
import { type Actor, assertCan } from "@/lib/auth/permissions";
import {
  SECURITY_SETTING_KEY,
  type SecuritySettings,
  SecuritySettingsSchema,
  getTwoFactorPolicy,
  readSecuritySettings,
} from "@/lib/auth/two-factor/policy";
import { getDb } from "@/lib/db";
import { AppError } from "@/lib/errors";
import type { Prisma } from "@/lib/generated/prisma/client";
import {
  type MirrorSettings,
  MirrorSettingsInputSchema,
  readMirrorSettings,
} from "@/lib/settings/mirrors";
import {
  type CommentSettings,
  CommentSettingsSchema,
  SETTING_KEYS,
  type SiteSettings,
  SiteSettingsSchema,
  defaultCommentSettings,
  readSiteSettings,
  withDefaults,
} from "@/lib/settings/schemas";

function changedKeys(old: Record<string, unknown>, after: Record<string, unknown>): string[] {
  return Object.keys(after).filter(
    (key) => JSON.stringify(old[key]) !== JSON.stringify(after[key]),
  );
}

async function saveSetting<T extends Record<string, unknown>>(
  actor: Actor,
  key: string,
  next: (current: T) => T,
  label: string,
  effective: (stored: unknown) => T,
): Promise<T> {
  return getDb().$transaction(async (tx) => {
    // Locked, so two admins saving different fields at once cannot undo each other.
    await tx.$queryRaw`SELECT "key" FROM "Setting" WHERE "key" = ${key} FOR UPDATE`;
    const before = await tx.setting.findUnique({ where: { key }, select: { value: true } });
    const current = effective(before?.value);
    const value = next(current);
    const changed = changedKeys(current, value);
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
    return value;
  });
}

const storedSite = (stored: unknown) => readSiteSettings(stored);

/**
 * Saves the site's title, tagline, description, time zone, language and icon colour
 * (setting:manage). The logo is kept as it is: it has its own form.
 */
export async function updateSiteSettings(
  actor: Actor | null,
  input: Pick<SiteSettings, "title" | "tagline" | "description" | "timeZone" | "accentColor">,
): Promise<SiteSettings> {
  assertCan(actor, "setting:manage");
  return saveSetting(
    actor,
    SETTING_KEYS.site,
    (current) => SiteSettingsSchema.parse({ ...current, ...input }),
    "site settings",
    storedSite,
  );
}

/**
 * Saves which languages the public site has, its default language (the one without an address
 * prefix) and the site's title, tagline and description in the others (setting:manage).
 */
export async function updateLanguageSettings(
  actor: Actor | null,
  input: Pick<SiteSettings, "defaultLanguage" | "languages" | "translations">,
): Promise<SiteSettings> {
  assertCan(actor, "setting:manage");
  if (!input.languages.includes(input.defaultLanguage)) {
    throw new AppError("INVALID", "The default language must be one of the site's languages.");
  }
  return saveSetting(
    actor,
    SETTING_KEYS.site,
    (current) => SiteSettingsSchema.parse(withDefaultLanguage(current, input)),
    "languages",
    storedSite,
  );
}

/**
 * The settings with a new default language: the site's own title, tagline and description are
 * the default language's, so the old default's move to its translation and the new default's
 * translation (when it has one) becomes the site's own.
 */
function withDefaultLanguage(
  current: SiteSettings,
  input: Pick<SiteSettings, "defaultLanguage" | "languages" | "translations">,
): SiteSettings {
  const next = { ...current, ...input, translations: { ...input.translations } };
  const before = current.defaultLanguage;
  const after = input.defaultLanguage;
  if (before === after) return next;
  const incoming = next.translations[after];
  next.translations[before] = {
    title: current.title,
    tagline: current.tagline,
    description: current.description,
  };
  delete next.translations[after];
  return {
    ...next,
    title: incoming?.title || current.title,
    tagline: incoming?.tagline || current.tagline,
    description: incoming?.description || current.description,
  };
}

/**
 * Sets the image the site's icons and publisher logo are made from, or none (setting:manage).
 * The image must be in the media library.
 */
export async function setSiteLogo(actor: Actor | null, mediaId: string | null): Promise<void> {
  assertCan(actor, "setting:manage");
  if (mediaId) {
    const media = await getDb().media.findUnique({ where: { id: mediaId }, select: { id: true } });
    if (!media) throw new AppError("NOT_FOUND", "That image is no longer in the media library.");
  }
  await saveSetting(
    actor,
    SETTING_KEYS.site,
    (current) => ({ ...current, logoMediaId: mediaId ?? "" }),
    "site logo",
    storedSite,
  );
}

/** Saves the comment rules (setting:manage). */
export async function updateCommentSettings(
  actor: Actor | null,
  input: CommentSettings,
): Promise<CommentSettings> {
  assertCan(actor, "setting:manage");
  const value = CommentSettingsSchema.parse(input);
  return saveSetting(
    actor,
    SETTING_KEYS.comments,
    () => value,
    "comment rules",
    (stored) => withDefaults(CommentSettingsSchema, defaultCommentSettings, stored),
  );
}

/**
 * Saves the onion address and the mirrors readers are pointed to when the site is blocked
 * (setting:manage), checked as the form checks them: a v3 onion name, full http(s) addresses.
 */
export async function updateMirrorSettings(
  actor: Actor | null,
  input: MirrorSettings,
): Promise<MirrorSettings> {
  assertCan(actor, "setting:manage");
  const parsed = MirrorSettingsInputSchema.safeParse(input);
  if (!parsed.success) {
    throw new AppError("INVALID", parsed.error.issues.map((issue) => issue.message).join(" "));
  }
  return saveSetting(
    actor,
    SETTING_KEYS.mirrors,
    () => parsed.data,
    "mirrors and onion address",
    readMirrorSettings,
  );
}

/** The mirror and onion addresses as the settings form shows them (setting:manage), uncached. */
export async function readMirrorSettingsForEditing(actor: Actor | null): Promise<MirrorSettings> {
  assertCan(actor, "setting:manage");
  const row = await getDb().setting.findUnique({
    where: { key: SETTING_KEYS.mirrors },
    select: { value: true },
  });
  return readMirrorSettings(row?.value);
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
    site: readSiteSettings(byKey.get(SETTING_KEYS.site)),
    comments: withDefaults(
      CommentSettingsSchema,
      defaultCommentSettings,
      byKey.get(SETTING_KEYS.comments),
    ),
  };
}

/** Who must use two-step verification (setting:manage); applies at every staff request. */
export async function updateSecuritySettings(
  actor: Actor | null,
  input: SecuritySettings,
): Promise<SecuritySettings> {
  assertCan(actor, "setting:manage");
  const parsed = SecuritySettingsSchema.parse(input);
  return saveSetting(
    actor,
    SECURITY_SETTING_KEY,
    () => parsed,
    "two-step verification policy",
    readSecuritySettings,
  );
}

/** The two-step verification policy as the settings form shows it (setting:manage). */
export async function readSecuritySettingsForEditing(
  actor: Actor | null,
): Promise<SecuritySettings> {
  assertCan(actor, "setting:manage");
  return { twoFactorRequiredFor: await getTwoFactorPolicy() };
}
