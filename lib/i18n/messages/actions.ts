import type { Lang } from "@/lib/i18n/languages";

/**
 * Action boxes in articles, pages and the footer (petition and letter strings come from the
 * petitions and people catalogues).
 */
const en = {
  takeAction: "Take action",
  mainAction: "The campaign's main action",
  kinds: {
    petition: "Petition",
    write: "Write a letter",
    donate: "Donate",
    share: "Spread the word",
    event: "Event",
  },
  readPetition: "Read the petition",
  writeToday: "A letter or a card tells a prisoner that people outside know their name.",
  profileAndAdvice: "Profile and advice on letters",
  donateDefault: "Donate",
  moneyElsewhere: (host: string) =>
    `You give on ${host}: this site never handles money or card details.`,
  moneyNever: "This site never handles money or card details.",
  shareWith: (hashtag: string) => `Share with ${hashtag}`,
  shareIntro:
    "Each link opens a prefilled post on that network; nothing loads until you choose one.",
  when: "When",
  where: "Where",
  eventDetails: "Event details",
  footerSign: (title: string) => `Sign the petition: ${title}`,
};

export type ActionMessages = typeof en;

const be: ActionMessages = {
  takeAction: "Што можна зрабіць",
  mainAction: "Галоўная акцыя кампаніі",
  kinds: {
    petition: "Петыцыя",
    write: "Напісаць ліст",
    donate: "Ахвяраваць",
    share: "Расказаць іншым",
    event: "Падзея",
  },
  readPetition: "Прачытаць петыцыю",
  writeToday: "Ліст ці паштоўка кажуць вязню, што людзі на волі ведаюць яго імя.",
  profileAndAdvice: "Профіль і парады, як пісаць",
  donateDefault: "Ахвяраваць",
  moneyElsewhere: (host) =>
    `Вы ахвяруеце на ${host}: гэты сайт ніколі не мае справы з грашыма ці данымі картак.`,
  moneyNever: "Гэты сайт ніколі не мае справы з грашыма ці данымі картак.",
  shareWith: (hashtag) => `Падзяліцца з хэштэгам ${hashtag}`,
  shareIntro:
    "Кожная спасылка адкрывае гатовы допіс у гэтай сетцы; нічога не загружаецца, пакуль вы не выберыце.",
  when: "Калі",
  where: "Дзе",
  eventDetails: "Падрабязнасці падзеі",
  footerSign: (title) => `Падпішыце петыцыю: ${title}`,
};

const ru: ActionMessages = {
  takeAction: "Что можно сделать",
  mainAction: "Главная акция кампании",
  kinds: {
    petition: "Петиция",
    write: "Написать письмо",
    donate: "Пожертвовать",
    share: "Рассказать другим",
    event: "Событие",
  },
  readPetition: "Прочитать петицию",
  writeToday: "Письмо или открытка говорят узнику, что люди на свободе знают его имя.",
  profileAndAdvice: "Профиль и советы, как писать",
  donateDefault: "Пожертвовать",
  moneyElsewhere: (host) =>
    `Вы жертвуете на ${host}: этот сайт никогда не имеет дела с деньгами или данными карт.`,
  moneyNever: "Этот сайт никогда не имеет дела с деньгами или данными карт.",
  shareWith: (hashtag) => `Поделиться с хештегом ${hashtag}`,
  shareIntro:
    "Каждая ссылка открывает готовый пост в этой сети; ничего не загружается, пока вы не выберете.",
  when: "Когда",
  where: "Где",
  eventDetails: "Подробности события",
  footerSign: (title) => `Подпишите петицию: ${title}`,
};

export const actionMessages: Record<Lang, ActionMessages> = { en, be, ru };
