import "server-only";
import { recordAudit } from "@/lib/audit";
import { type Actor, assertCan } from "@/lib/auth/permissions";
import { getDb } from "@/lib/db";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { TextsByLanguage } from "@/lib/people/record";
import { LETTERS_SETTING_KEY, readLetterGuidance } from "@/lib/people/schemas";
import { mergeTexts } from "@/lib/people/service";
import { getSiteSettings } from "@/lib/settings/queries";

/**
 * Saves the letter-writing guidance in the site's languages (a blank one shows the default
 * language's). Needs person:manage.
 */
export async function saveLetterGuidance(actor: Actor, typed: TextsByLanguage): Promise<void> {
  assertCan(actor, "person:manage");
  const { languages } = await getSiteSettings();
  await getDb().$transaction(async (tx) => {
    // Locked, so two people saving at once cannot undo each other's languages.
    await tx.$queryRaw`SELECT "key" FROM "Setting" WHERE "key" = ${LETTERS_SETTING_KEY} FOR UPDATE`;
    const stored = await tx.setting.findUnique({
      where: { key: LETTERS_SETTING_KEY },
      select: { value: true },
    });
    const before = readLetterGuidance(stored?.value);
    const guidance = mergeTexts(before, typed, languages, (text) => !text.trim());
    const value = { guidance } as Prisma.InputJsonObject;
    await tx.setting.upsert({
      where: { key: LETTERS_SETTING_KEY },
      create: { key: LETTERS_SETTING_KEY, value },
      update: { value },
    });
    const changed = languages.filter((code) => (before[code] ?? "") !== (guidance[code] ?? ""));
    await recordAudit(
      actor,
      {
        action: "setting.update",
        targetType: "Setting",
        targetId: LETTERS_SETTING_KEY,
        summary: changed.length
          ? `Changed the letter-writing guidance: ${changed.join(", ")}`
          : "Saved the letter-writing guidance (no changes)",
        details: { key: LETTERS_SETTING_KEY, changed },
      },
      tx,
    );
  });
}
