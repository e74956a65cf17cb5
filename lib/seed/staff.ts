import type { PrismaClient } from "@/lib/generated/prisma/client";

type Tx = Parameters<Parameters<PrismaClient["$transaction"]>[0]>[0];

const DEMO_STAFF = {
  editor: { email: "newsroom@example.org", name: "Campaign newsroom", role: "EDITOR" },
  author: { email: "correspondent@example.org", name: "Minsk correspondent", role: "AUTHOR" },
} as const;

/** The demo's editor and author accounts, by their key. */
export async function seedStaff(tx: Tx, passwordHash: string) {
  const ids: Record<keyof typeof DEMO_STAFF, string> = { editor: "", author: "" };
  for (const key of Object.keys(DEMO_STAFF) as (keyof typeof DEMO_STAFF)[]) {
    const staff = DEMO_STAFF[key];
    // Demo staff get a random password nobody knows; an admin can reset it to use the account.
    const user = await tx.user.upsert({
      where: { email: staff.email },
      create: { ...staff, passwordHash },
      update: {},
      select: { id: true },
    });
    ids[key] = user.id;
  }
  return ids;
}
