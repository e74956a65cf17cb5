import type { Lang } from "@/lib/i18n/languages";

/**
 * "Blocked? Read us here": the mirrors and onion address, in the footer, in feed items and at the
 * end of every email.
 */
const en = {
  heading: "Blocked? Read us here",
  mirrorsIntro: "If this site does not open for you, the same news is at these addresses:",
  onionLink: "Our onion site in Tor Browser",
  onionCopy: "Its address, to copy:",
  /** The one line feeds and emails carry. */
  mirrorsLine: "Mirrors:",
  onionLine: "In Tor Browser:",
};

export type MirrorMessages = typeof en;

const be: MirrorMessages = {
  heading: "Сайт заблакаваны? Чытайце нас тут",
  mirrorsIntro: "Калі гэты сайт у вас не адкрываецца, тыя самыя навіны ёсць па гэтых адрасах:",
  onionLink: "Наш onion-сайт у Tor Browser",
  onionCopy: "Яго адрас, каб скапіяваць:",
  mirrorsLine: "Люстэркі:",
  onionLine: "У Tor Browser:",
};

const ru: MirrorMessages = {
  heading: "Сайт заблокирован? Читайте нас здесь",
  mirrorsIntro: "Если этот сайт у вас не открывается, те же новости есть по этим адресам:",
  onionLink: "Наш onion-сайт в Tor Browser",
  onionCopy: "Его адрес, чтобы скопировать:",
  mirrorsLine: "Зеркала:",
  onionLine: "В Tor Browser:",
};

export const mirrorMessages: Record<Lang, MirrorMessages> = { en, be, ru };
