import type { Lang } from "@/lib/i18n/languages";
import { plural } from "@/lib/i18n/plural";

/** An article page: its header, its links to other stories, and the share bar. */
const en = {
  article: {
    by: "By",
    published: "Published",
    updated: "Updated",
    filedUnder: "Filed under",
    categories: "Categories",
    tags: "Tags",
    regions: "Regions",
    previousStory: "Previous story",
    nextStory: "Read the next story",
    related: "Related stories",
    storyNavigation: "More stories",
    comments: (count: number) => plural("en", count, { one: "# comment", other: "# comments" }),
    previewBanner: "Preview: this is how readers will see it. It is not published.",
  },
  share: {
    heading: "Share this",
    intro: "These links open the other site only when you choose one.",
    email: "Email",
    copyLink: "Copy link",
    copied: "Link copied",
    copyFailed: "Copy failed: select the address and copy it",
    shareMenu: "Share…",
  },
};

export type ArticleMessages = typeof en;

const be: ArticleMessages = {
  article: {
    by: "Аўтар:",
    published: "Апублікавана",
    updated: "Абноўлена",
    filedUnder: "Тэмы матэрыялу",
    categories: "Рубрыкі",
    tags: "Тэгі",
    regions: "Рэгіёны",
    previousStory: "Папярэдні матэрыял",
    nextStory: "Чытаць наступны матэрыял",
    related: "Па тэме",
    storyNavigation: "Іншыя матэрыялы",
    comments: (count) =>
      plural("be", count, {
        one: "# каментар",
        few: "# каментары",
        many: "# каментароў",
        other: "# каментара",
      }),
    previewBanner: "Папярэдні прагляд: так матэрыял пабачаць чытачы. Ён яшчэ не апублікаваны.",
  },
  share: {
    heading: "Падзяліцца",
    intro: "Гэтыя спасылкі адкрываюць іншы сайт, толькі калі вы па іх пяройдзеце.",
    email: "Па пошце",
    copyLink: "Скапіяваць спасылку",
    copied: "Спасылка скапіяваная",
    copyFailed: "Не ўдалося скапіяваць: вылучыце адрас і скапіюйце яго",
    shareMenu: "Падзяліцца…",
  },
};

const ru: ArticleMessages = {
  article: {
    by: "Автор:",
    published: "Опубликовано",
    updated: "Обновлено",
    filedUnder: "Темы материала",
    categories: "Рубрики",
    tags: "Теги",
    regions: "Регионы",
    previousStory: "Предыдущий материал",
    nextStory: "Читать следующий материал",
    related: "По теме",
    storyNavigation: "Другие материалы",
    comments: (count) =>
      plural("ru", count, {
        one: "# комментарий",
        few: "# комментария",
        many: "# комментариев",
        other: "# комментария",
      }),
    previewBanner: "Предпросмотр: так материал увидят читатели. Он ещё не опубликован.",
  },
  share: {
    heading: "Поделиться",
    intro: "Эти ссылки открывают другой сайт, только когда вы по ним переходите.",
    email: "По почте",
    copyLink: "Скопировать ссылку",
    copied: "Ссылка скопирована",
    copyFailed: "Не удалось скопировать: выделите адрес и скопируйте его",
    shareMenu: "Поделиться…",
  },
};

export const article: Record<Lang, ArticleMessages> = { en, be, ru };
