import type { Lang } from "@/lib/i18n/languages";
import { plural } from "@/lib/i18n/plural";

const en = {
  title: "Search",
  resultsFor: (query: string) => `Results for “${query}”`,
  count: (total: number) => plural("en", total, { one: "# result", other: "# results" }),
  empty: "Type a word or two to search the news and background pages.",
  noResults: (query: string) => `Nothing matches “${query}”. Try fewer or different words.`,
  truncated: (max: number) => `Your search was cut to its first ${max} characters.`,
  submit: "Search",
  pageOutOfRange: "There are no more results: this page is past the end.",
  lastPage: (page: number) => `Go to the last page of results (page ${page})`,
  /** Shown when other spellings of a word were searched too: "Also searched for: Bialiatski". */
  alsoSearched: "Also searched for:",
  /** A link to search for the suggested spelling alone. */
  didYouMean: "Did you mean",
};

export type SearchMessages = typeof en;

const be: SearchMessages = {
  title: "Пошук",
  resultsFor: (query) => `Вынікі пошуку «${query}»`,
  count: (total) =>
    plural("be", total, { one: "# вынік", few: "# вынікі", many: "# вынікаў", other: "# выніку" }),
  empty: "Увядзіце слова ці два, каб шукаць у навінах і даведцы.",
  noResults: (query) =>
    `Па запыце «${query}» нічога не знойдзена. Паспрабуйце іншыя словы або менш слоў.`,
  truncated: (max) => `Запыт скарочаны да першых ${max} знакаў.`,
  submit: "Шукаць",
  pageOutOfRange: "Больш вынікаў няма: гэтая старонка за межамі спісу.",
  lastPage: (page) => `Перайсці на апошнюю старонку вынікаў (старонка ${page})`,
  alsoSearched: "Шукалі таксама:",
  didYouMean: "Магчыма, вы мелі на ўвазе",
};

const ru: SearchMessages = {
  title: "Поиск",
  resultsFor: (query) => `Результаты поиска «${query}»`,
  count: (total) =>
    plural("ru", total, {
      one: "# результат",
      few: "# результата",
      many: "# результатов",
      other: "# результата",
    }),
  empty: "Введите слово или два, чтобы искать в новостях и справке.",
  noResults: (query) =>
    `По запросу «${query}» ничего не найдено. Попробуйте другие слова или меньше слов.`,
  truncated: (max) => `Запрос сокращён до первых ${max} символов.`,
  submit: "Искать",
  pageOutOfRange: "Больше результатов нет: эта страница за пределами списка.",
  lastPage: (page) => `Перейти на последнюю страницу результатов (страница ${page})`,
  alsoSearched: "Искали также:",
  didYouMean: "Возможно, вы имели в виду",
};

export const search: Record<Lang, SearchMessages> = { en, be, ru };
