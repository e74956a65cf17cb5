import "server-only";
import { MAIN_ACTION_SETTING_KEY, type MainAction } from "@/lib/actions/schemas";
import { recordAudit } from "@/lib/audit";
import { type Actor, assertCan } from "@/lib/auth/permissions";
import { getDb } from "@/lib/db";
import { FieldError } from "@/lib/errors";
import type { Prisma } from "@/lib/generated/prisma/client";
import { staffMessages } from "@/lib/i18n/messages/staff";

/** What the audit log says the main action became. */
function describe(main: MainAction): string {
  const box = main.box;
  if (!box) return "Cleared the main action";
  const target =
    box.kind === "petition"
      ? `petition ${box.petition}`
      : box.kind === "write"
        ? `letters to person ${box.person}`
        : box.kind === "donate"
          ? `donate at ${box.href}`
          : box.kind === "share"
            ? `share with ${box.hashtag}`
            : `event "${box.title}" on ${box.date}`;
  return `Set the main action: ${target}`;
}

/**
 * Saves the campaign's main action (or none), after checking that the petition or person it
 * names exists (setting:manage). Drafts and unpublished people are allowed: readers see nothing
 * until they are public.
 */
export async function updateMainAction(actor: Actor | null, main: MainAction): Promise<void> {
  assertCan(actor, "setting:manage");
  const t = staffMessages().actions.errors;
  await getDb().$transaction(async (tx) => {
    const box = main.box;
    if (box?.kind === "petition") {
      const found = await tx.petition.findUnique({
        where: { id: box.petition },
        select: { id: true },
      });
      if (!found) throw new FieldError("petition", t.missingPetition);
    }
    if (box?.kind === "write") {
      const found = await tx.person.findUnique({ where: { id: box.person }, select: { id: true } });
      if (!found) throw new FieldError("person", t.missingPerson);
    }
    const value = main as unknown as Prisma.InputJsonObject;
    await tx.setting.upsert({
      where: { key: MAIN_ACTION_SETTING_KEY },
      create: { key: MAIN_ACTION_SETTING_KEY, value },
      update: { value },
    });
    await recordAudit(
      actor,
      {
        action: "setting.update",
        targetType: "Setting",
        targetId: MAIN_ACTION_SETTING_KEY,
        summary: describe(main),
        details: { key: MAIN_ACTION_SETTING_KEY, kind: box?.kind ?? null },
      },
      tx,
    );
  });
}
