import type { Lang } from "@/lib/i18n/languages";

/** What readers see of an article's blocks: footnotes, scrolling tables, embed facades. */
const en = {
  notes: "Notes",
  noteRef: (n: number) => `Note ${n}`,
  backToText: (n: number) => `Back to the text of note ${n}`,
  source: "Source",
  table: "Table (scrolls sideways)",
  play: (host: string) => `Play – loads from ${host}`,
  showPost: (host: string) => `Show post – loads from ${host}`,
  watchOn: (host: string) => `Watch on ${host}`,
  readOn: (host: string) => `Read on ${host}`,
};

type BlockMessages = typeof en;

const be: BlockMessages = {
  notes: "Заўвагі",
  noteRef: (n) => `Заўвага ${n}`,
  backToText: (n) => `Назад да тэксту заўвагі ${n}`,
  source: "Крыніца",
  table: "Табліца (пракручваецца ўбок)",
  play: (host) => `Прайграць – загружаецца з ${host}`,
  showPost: (host) => `Паказаць допіс – загружаецца з ${host}`,
  watchOn: (host) => `Глядзець на ${host}`,
  readOn: (host) => `Чытаць на ${host}`,
};

const ru: BlockMessages = {
  notes: "Примечания",
  noteRef: (n) => `Примечание ${n}`,
  backToText: (n) => `Назад к тексту примечания ${n}`,
  source: "Источник",
  table: "Таблица (прокручивается вбок)",
  play: (host) => `Воспроизвести – загружается с ${host}`,
  showPost: (host) => `Показать пост – загружается с ${host}`,
  watchOn: (host) => `Смотреть на ${host}`,
  readOn: (host) => `Читать на ${host}`,
};

export const blockMessages: Record<Lang, BlockMessages> = { en, be, ru };
