import { createHash } from "node:crypto";
import type { PrismaClient } from "@/lib/generated/prisma/client";
import type { ImportItemType } from "@/lib/generated/prisma/enums";
import type { ImportContext } from "@/lib/import/wordpress/context";

type Tx = Parameters<Parameters<PrismaClient["$transaction"]>[0]>[0];

/** Raised when the rules below change, so a re-import rewrites what older rules made. */
const RULES_VERSION = "1";

/** A fingerprint of what the export says about an item: equal means nothing changed there. */
export function contentHash(value: unknown): string {
  return createHash("sha256")
    .update(RULES_VERSION)
    .update(JSON.stringify(value))
    .digest("base64url");
}

export type ImportedRow = { targetId: string; contentHash: string; updatedAt: Date };

export async function findImported(
  db: Tx,
  context: ImportContext,
  type: ImportItemType,
  wpId: number,
): Promise<ImportedRow | null> {
  return db.importedItem.findUnique({
    where: { site_type_wpId: { site: context.siteKey, type, wpId: BigInt(wpId) } },
    select: { targetId: true, contentHash: true, updatedAt: true },
  });
}

export async function recordImported(
  tx: Tx,
  context: ImportContext,
  type: ImportItemType,
  wpId: number,
  targetId: string,
  hash: string,
): Promise<void> {
  const key = { site: context.siteKey, type, wpId: BigInt(wpId) };
  await tx.importedItem.upsert({
    where: { site_type_wpId: key },
    create: { ...key, targetId, contentHash: hash },
    update: { targetId, contentHash: hash },
  });
}

/** Every row of one type for this site, wpId → targetId (loaded once per run). */
export async function importedMap(
  db: Tx,
  context: ImportContext,
  type: ImportItemType,
): Promise<Map<number, string>> {
  const rows = await db.importedItem.findMany({
    where: { site: context.siteKey, type },
    select: { wpId: true, targetId: true },
  });
  return new Map(rows.map((row) => [Number(row.wpId), row.targetId]));
}

export type { Tx };
