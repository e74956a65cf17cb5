import type { Lang } from "@/lib/i18n/languages";
import { actionMessages } from "@/lib/i18n/messages/actions";
import { article } from "@/lib/i18n/messages/article";
import { badge } from "@/lib/i18n/messages/badge";
import { blockMessages } from "@/lib/i18n/messages/blocks";
import { chrome } from "@/lib/i18n/messages/chrome";
import { commentMessages } from "@/lib/i18n/messages/comments";
import { distribution } from "@/lib/i18n/messages/distribution";
import { mirrorMessages } from "@/lib/i18n/messages/mirrors";
import { people } from "@/lib/i18n/messages/people";
import { petitionLinkMessages } from "@/lib/i18n/messages/petition-links";
import { petitionMessages } from "@/lib/i18n/messages/petitions";
import { search } from "@/lib/i18n/messages/search";

/**
 * Every string the public site shows, in one language. Each section is written once per
 * language against the English shape, so a missing string is a type error (and a test).
 */
export function getMessages(lang: Lang) {
  return {
    ...chrome[lang],
    ...article[lang],
    ...commentMessages[lang],
    search: search[lang],
    distribution: distribution[lang],
    people: people[lang],
    badge: badge[lang],
    blocks: blockMessages[lang],
    mirrors: mirrorMessages[lang],
  };
}

/** The catalogues by section, for the completeness test. */
export const catalogue = {
  chrome,
  article,
  commentMessages,
  search,
  distribution,
  people,
  badge,
  blocks: blockMessages,
  mirrors: mirrorMessages,
  actions: actionMessages,
  petitions: petitionMessages,
  petitionLinks: petitionLinkMessages,
};
