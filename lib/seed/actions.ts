import { MAIN_ACTION_SETTING_KEY, type MainAction } from "@/lib/actions/schemas";
import type { PrismaClient } from "@/lib/generated/prisma/client";
import { seedPetition } from "@/prisma/seed-data/petitions";

type Tx = Parameters<Parameters<PrismaClient["$transaction"]>[0]>[0];

/**
 * The demo's main action: signing the demo petition (or, without it, the page on how to help).
 * A main action staff chose, or cleared, is left as it is.
 */
export async function seedMainAction(tx: Tx): Promise<void> {
  const petition = await tx.petition.findUnique({
    where: { slug: seedPetition.slug },
    select: { id: true },
  });
  const main: MainAction = petition
    ? { box: { kind: "petition", petition: petition.id }, translations: {} }
    : {
        box: { kind: "donate", href: "/take-action", label: "How you can help", text: "" },
        translations: {
          be: { label: "Як вы можаце дапамагчы", text: "", title: "", place: "" },
          ru: { label: "Как вы можете помочь", text: "", title: "", place: "" },
        },
      };
  await tx.setting.upsert({
    where: { key: MAIN_ACTION_SETTING_KEY },
    create: { key: MAIN_ACTION_SETTING_KEY, value: main },
    update: {},
  });
}
