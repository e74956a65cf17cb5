import "server-only";
import { type Actor, assertCan } from "@/lib/auth/permissions";
import {
  BADGE_SETTING_KEY,
  type BadgeSettings,
  MIN_FRAME_SIZE,
  readBadgeSettings,
} from "@/lib/badge/schemas";
import { getDb } from "@/lib/db";
import { parseVariants } from "@/lib/media/schemas";
import { mediaPath } from "@/lib/urls";

/** A PNG of the media library that may be a frame, as the staff form lists it. */
export type FrameOption = {
  id: string;
  name: string;
  width: number;
  height: number;
  preview: string;
};

const LISTED = 200;

/**
 * The stored badge (uncached) and the PNGs a frame may be chosen from, newest first, the chosen
 * ones always among them. Needs setting:manage.
 */
export async function readBadgeForEditing(
  actor: Actor | null,
): Promise<{ settings: BadgeSettings; options: FrameOption[] }> {
  assertCan(actor, "setting:manage");
  const db = getDb();
  const row = await db.setting.findUnique({
    where: { key: BADGE_SETTING_KEY },
    select: { value: true },
  });
  const settings = readBadgeSettings(row?.value);
  const select = {
    id: true,
    originalName: true,
    storageKey: true,
    width: true,
    height: true,
    variants: true,
  } as const;
  const [listed, chosen] = await Promise.all([
    db.media.findMany({
      where: {
        mimeType: "image/png",
        width: { gte: MIN_FRAME_SIZE },
        height: { gte: MIN_FRAME_SIZE },
      },
      orderBy: { createdAt: "desc" },
      take: LISTED,
      select,
    }),
    db.media.findMany({ where: { id: { in: Object.values(settings.frames) } }, select }),
  ]);
  const media = [...chosen.filter((item) => !listed.some((one) => one.id === item.id)), ...listed];
  const options = media.map((item) => {
    const smallest = parseVariants(item.variants).sort((a, b) => a.width - b.width)[0];
    return {
      id: item.id,
      name: item.originalName,
      width: item.width ?? 0,
      height: item.height ?? 0,
      preview: mediaPath(smallest?.storageKey ?? item.storageKey),
    };
  });
  return { settings, options };
}
