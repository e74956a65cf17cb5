/**
 * The demo's picture badge: a frame per language (a transparent circle in the middle, a ring in
 * the site's accent colour with the campaign's call around the top, and a band with the hashtag).
 * The PNGs are in public/demo, made from lib/seed/badge-art.ts by scripts/demo-badge-frames.ts.
 */
import type { Lang } from "@/lib/i18n/languages";

export type SeedBadgeFrame = { file: string; ringText: string; alt: string };

export const BADGE_FRAME_SIZE = 1080;

export const seedBadge: { hashtag: string; frames: Record<Lang, SeedBadgeFrame> } = {
  hashtag: "#FreeAles",
  frames: {
    en: {
      file: "demo/badge-frame-en.png",
      ringText: "FREE ALES BIALIATSKI",
      alt: "Profile picture frame: Free Ales Bialiatski, #FreeAles",
    },
    be: {
      file: "demo/badge-frame-be.png",
      ringText: "СВАБОДУ АЛЕСЮ БЯЛЯЦКАМУ",
      alt: "Рамка для фота профілю: Свабоду Алесю Бяляцкаму, #FreeAles",
    },
    ru: {
      file: "demo/badge-frame-ru.png",
      ringText: "СВОБОДУ АЛЕСЮ БЕЛЯЦКОМУ",
      alt: "Рамка для фото профиля: Свободу Алесю Беляцкому, #FreeAles",
    },
  },
};
