import type { Lang } from "@/lib/i18n/languages";

/** What travels off the site: feed channel texts and breadcrumbs in structured data. */
const en = {
  commentsFeedTitle: (site: string) => `Comments: ${site}`,
  commentsFeedDescription: (site: string) => `The latest approved reader comments on ${site}`,
  articleCommentsFeedTitle: (title: string) => `Comments on “${title}”`,
  commentItemTitle: (author: string, title: string) => `${author} on “${title}”`,
  termFeedTitle: (site: string, term: string) => `${site}: ${term}`,
  home: "Home",
};

export type DistributionMessages = typeof en;

const be: DistributionMessages = {
  commentsFeedTitle: (site) => `Каментары: ${site}`,
  commentsFeedDescription: (site) => `Апошнія адобраныя каментары чытачоў на сайце «${site}»`,
  articleCommentsFeedTitle: (title) => `Каментары да «${title}»`,
  commentItemTitle: (author, title) => `${author} пра «${title}»`,
  termFeedTitle: (site, term) => `${site}: ${term}`,
  home: "Галоўная",
};

const ru: DistributionMessages = {
  commentsFeedTitle: (site) => `Комментарии: ${site}`,
  commentsFeedDescription: (site) =>
    `Последние одобренные комментарии читателей на сайте «${site}»`,
  articleCommentsFeedTitle: (title) => `Комментарии к «${title}»`,
  commentItemTitle: (author, title) => `${author} о «${title}»`,
  termFeedTitle: (site, term) => `${site}: ${term}`,
  home: "Главная",
};

export const distribution: Record<Lang, DistributionMessages> = { en, be, ru };
