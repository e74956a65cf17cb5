import "server-only";
import { getDb } from "@/lib/db";
import {
  PENDING_MAX_AGE_MS,
  PETITION_SETTINGS_KEY,
  readPetitionSettings,
} from "@/lib/petitions/settings";

const DAY_MS = 24 * 60 * 60 * 1000;

export type UpkeepResult = {
  /** Petitions whose end date passed: now closed. */
  closed: string[];
  /** Petitions whose signers' data was deleted. */
  erased: string[];
  /** Unconfirmed signatures deleted (a week old, or on a petition no longer open). */
  expired: number;
};

/**
 * The petitions' scheduled work, run by the server's ticker: closes petitions whose end date
 * passed, deletes every signer's data the set number of days after a petition closed or was
 * delivered (the count stays), and deletes unconfirmed signatures that can no longer count.
 */
export async function runPetitionUpkeep(now = new Date()): Promise<UpkeepResult> {
  const db = getDb();
  const ended = await db.petition.findMany({
    where: { status: "OPEN", endsAt: { lte: now } },
    select: { id: true, endsAt: true },
  });
  for (const petition of ended) {
    await db.petition.updateMany({
      where: { id: petition.id, status: "OPEN" },
      data: { status: "CLOSED", closedAt: petition.endsAt },
    });
  }

  const setting = await db.setting.findUnique({ where: { key: PETITION_SETTINGS_KEY } });
  const { retentionDays } = readPetitionSettings(setting?.value);
  const finished = await db.petition.findMany({
    where: { status: { in: ["CLOSED", "DELIVERED"] }, dataDeletedAt: null },
    select: { id: true, status: true, closedAt: true, deliveredAt: true },
  });
  const erased: string[] = [];
  for (const petition of finished) {
    // Delivered: counted from the delivery day (the list may be needed until then).
    const from =
      petition.status === "DELIVERED"
        ? (petition.deliveredAt ?? petition.closedAt)
        : petition.closedAt;
    if (!from || from.getTime() + retentionDays * DAY_MS > now.getTime()) continue;
    await db.$transaction([
      db.petitionSignature.deleteMany({ where: { petitionId: petition.id } }),
      db.petition.update({ where: { id: petition.id }, data: { dataDeletedAt: now } }),
    ]);
    erased.push(petition.id);
  }

  const { count: expired } = await db.petitionSignature.deleteMany({
    where: {
      status: "PENDING",
      OR: [
        { createdAt: { lt: new Date(now.getTime() - PENDING_MAX_AGE_MS) } },
        { petition: { status: { not: "OPEN" } } },
      ],
    },
  });
  return { closed: ended.map((petition) => petition.id), erased, expired };
}
