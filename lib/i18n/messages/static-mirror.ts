import type { Lang } from "@/lib/i18n/languages";

/**
 * What the static mirror of the site (npm run export:static) says in place of its forms and of
 * the server's search. The mirror is a copy passed around when the site is blocked: it takes no
 * comments, signatures or searches of its own.
 */
const en = {
  comments: "Comments are taken on the main site only: this page is a copy of it.",
  commentsLink: "Comment on this page on the main site",
  petition: "Signatures are taken on the main site only: this page is a copy of it.",
  petitionLink: "Sign this petition on the main site",
  form: "This form works on the main site only: this page is a copy of it.",
  formLink: "Open this page on the main site",
  /** Before the onion address, a link for Tor Browser. */
  onion: "In Tor Browser:",
  searchNoScript:
    "Search needs JavaScript in this copy of the site. Without it, browse the news by category:",
  searchHome: "All news, newest first",
  /** Plural forms of the number of results; # is the number. */
  searchCount: { one: "# result", other: "# results" } as Partial<
    Record<Intl.LDMLPluralRule, string>
  >,
  /** %s is what the reader typed. */
  searchNone: "Nothing matches “%s”. Try fewer or different words.",
};

export type StaticMirrorMessages = typeof en;

const be: StaticMirrorMessages = {
  comments: "Каментары прымаюцца толькі на асноўным сайце, а гэтая старонка — яго копія.",
  commentsLink: "Пакінуць каментар да гэтай старонкі на асноўным сайце",
  petition: "Подпісы збіраюцца толькі на асноўным сайце, а гэтая старонка — яго копія.",
  petitionLink: "Падпісаць гэтую петыцыю на асноўным сайце",
  form: "Гэтая форма працуе толькі на асноўным сайце, а гэтая старонка — яго копія.",
  formLink: "Адкрыць гэтую старонку на асноўным сайце",
  onion: "У Tor Browser:",
  searchNoScript:
    "Каб шукаць у гэтай копіі сайта, патрэбны JavaScript. Без яго глядзіце навіны па рубрыках:",
  searchHome: "Усе навіны, спачатку новыя",
  searchCount: { one: "# вынік", few: "# вынікі", many: "# вынікаў", other: "# выніку" },
  searchNone: "Па запыце «%s» нічога не знойдзена. Паспрабуйце іншыя словы або менш слоў.",
};

const ru: StaticMirrorMessages = {
  comments: "Комментарии принимаются только на основном сайте, а эта страница — его копия.",
  commentsLink: "Оставить комментарий к этой странице на основном сайте",
  petition: "Подписи собираются только на основном сайте, а эта страница — его копия.",
  petitionLink: "Подписать эту петицию на основном сайте",
  form: "Эта форма работает только на основном сайте, а эта страница — его копия.",
  formLink: "Открыть эту страницу на основном сайте",
  onion: "В Tor Browser:",
  searchNoScript:
    "Чтобы искать в этой копии сайта, нужен JavaScript. Без него смотрите новости по рубрикам:",
  searchHome: "Все новости, сначала новые",
  searchCount: {
    one: "# результат",
    few: "# результата",
    many: "# результатов",
    other: "# результата",
  },
  searchNone: "По запросу «%s» ничего не найдено. Попробуйте другие слова или меньше слов.",
};

export const staticMirrorMessages: Record<Lang, StaticMirrorMessages> = { en, be, ru };
