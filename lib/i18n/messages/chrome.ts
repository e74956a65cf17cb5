import type { Lang } from "@/lib/i18n/languages";

/** The site's frame: header, footer, lists, pagination, missing pages and errors. */
const en = {
  site: {
    skipToContent: "Skip to main content",
    mainNavigation: "Main",
    footerNavigation: "Site",
    browseCategories: "Categories",
    browseRegions: "Regions",
    background: "Background",
    home: "News",
    search: "Search",
    searchLabel: "Search the news",
    searchPlaceholder: "Search the site",
    footerNote: "This site sets no tracking cookies and loads nothing from other sites.",
    feed: "RSS feed",
  },
  language: {
    switcher: "Language",
    /** The switcher's link when the page has no translation: that language's home page. */
    homeIn: (languageName: string) => `${languageName}: home page`,
    /** Marks a search result or link in another language than the page. */
    inLanguage: (languageName: string) => `in ${languageName}`,
  },
  home: {
    featured: "Featured",
    latestNews: "Latest news",
    noArticles: "No news has been published yet.",
    readMore: "Read more",
    pageTitle: (page: number) => `Latest news, page ${page}`,
  },
  pagination: {
    label: "Pages",
    newer: "Newer",
    older: "Older",
    previous: "Previous page",
    next: "Next page",
    previousShort: "Previous",
    nextShort: "Next",
    pageOf: (page: number, total: number) => `Page ${page} of ${total}`,
    pageN: (page: number) => `page ${page}`,
  },
  archive: {
    category: (name: string) => `${name}: posts in this category`,
    tag: (name: string) => `${name}: tagged posts`,
    region: (name: string) => `${name}: news from this region`,
    empty: "Nothing has been published here yet.",
  },
  notFound: {
    title: "Page not found",
    body: "The page you asked for does not exist or is no longer published.",
    backHome: "Go to the latest news",
    orSearch: "Or search the site:",
  },
  error: {
    title: "Something went wrong",
    body: "We could not show this page. Please try again in a moment.",
    retry: "Try again",
    home: "Go to the home page",
  },
};

export type ChromeMessages = typeof en;

const be: ChromeMessages = {
  site: {
    skipToContent: "Перайсці да асноўнага зместу",
    mainNavigation: "Галоўнае меню",
    footerNavigation: "Спасылкі сайта",
    browseCategories: "Рубрыкі",
    browseRegions: "Рэгіёны",
    background: "Даведка",
    home: "Навіны",
    search: "Шукаць",
    searchLabel: "Пошук па навінах",
    searchPlaceholder: "Пошук па сайце",
    footerNote: "Гэты сайт не ставіць сачыльных кукі і нічога не загружае з іншых сайтаў.",
    feed: "RSS-стужка",
  },
  language: {
    switcher: "Мова",
    homeIn: (languageName) => `${languageName}: галоўная старонка`,
    inLanguage: (languageName) => `мова: ${languageName}`,
  },
  home: {
    featured: "Галоўнае",
    latestNews: "Апошнія навіны",
    noArticles: "Навін пакуль няма.",
    readMore: "Чытаць далей",
    pageTitle: (page) => `Апошнія навіны, старонка ${page}`,
  },
  pagination: {
    label: "Старонкі",
    newer: "Навейшыя",
    older: "Старэйшыя",
    previous: "Папярэдняя старонка",
    next: "Наступная старонка",
    previousShort: "Папярэдняя",
    nextShort: "Наступная",
    pageOf: (page, total) => `Старонка ${page} з ${total}`,
    pageN: (page) => `старонка ${page}`,
  },
  archive: {
    category: (name) => `${name}: матэрыялы рубрыкі`,
    tag: (name) => `${name}: матэрыялы з тэгам`,
    region: (name) => `${name}: навіны рэгіёна`,
    empty: "Тут пакуль нічога не апублікавана.",
  },
  notFound: {
    title: "Старонка не знойдзена",
    body: "Старонкі, якую вы шукаеце, няма, або яна больш не апублікаваная.",
    backHome: "Да апошніх навін",
    orSearch: "Або пашукайце на сайце:",
  },
  error: {
    title: "Нешта пайшло не так",
    body: "Не ўдалося паказаць гэтую старонку. Паспрабуйце крыху пазней.",
    retry: "Паспрабаваць зноў",
    home: "На галоўную",
  },
};

const ru: ChromeMessages = {
  site: {
    skipToContent: "Перейти к основному содержанию",
    mainNavigation: "Главное меню",
    footerNavigation: "Ссылки сайта",
    browseCategories: "Рубрики",
    browseRegions: "Регионы",
    background: "Справка",
    home: "Новости",
    search: "Искать",
    searchLabel: "Поиск по новостям",
    searchPlaceholder: "Поиск по сайту",
    footerNote: "Этот сайт не ставит отслеживающих cookie и ничего не загружает с других сайтов.",
    feed: "RSS-лента",
  },
  language: {
    switcher: "Язык",
    homeIn: (languageName) => `${languageName}: главная страница`,
    inLanguage: (languageName) => `язык: ${languageName}`,
  },
  home: {
    featured: "Главное",
    latestNews: "Последние новости",
    noArticles: "Новостей пока нет.",
    readMore: "Читать дальше",
    pageTitle: (page) => `Последние новости, страница ${page}`,
  },
  pagination: {
    label: "Страницы",
    newer: "Новее",
    older: "Старше",
    previous: "Предыдущая страница",
    next: "Следующая страница",
    previousShort: "Назад",
    nextShort: "Дальше",
    pageOf: (page, total) => `Страница ${page} из ${total}`,
    pageN: (page) => `страница ${page}`,
  },
  archive: {
    category: (name) => `${name}: материалы рубрики`,
    tag: (name) => `${name}: материалы с тегом`,
    region: (name) => `${name}: новости региона`,
    empty: "Здесь пока ничего не опубликовано.",
  },
  notFound: {
    title: "Страница не найдена",
    body: "Страницы, которую вы ищете, нет, или она больше не опубликована.",
    backHome: "К последним новостям",
    orSearch: "Или поищите на сайте:",
  },
  error: {
    title: "Что-то пошло не так",
    body: "Не удалось показать эту страницу. Попробуйте чуть позже.",
    retry: "Попробовать снова",
    home: "На главную",
  },
};

export const chrome: Record<Lang, ChromeMessages> = { en, be, ru };
