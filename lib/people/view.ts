import { LANGUAGES, type Lang } from "@/lib/i18n/languages";
import type { Locale } from "@/lib/i18n/locale";
import { type DayCount, countDays, dayNumber } from "@/lib/people/days";
import type { PublicPerson } from "@/lib/people/queries";
import { eventTextsIn, textIn } from "@/lib/people/record";

/** A text and the language it is really in (a missing translation shows the default's). */
type Shown = { text: string; lang: Lang };

/** What a person's card and profile show in one language, on one day. */
export type PersonView = {
  person: PublicPerson;
  name: Shown;
  bio: Shown;
  status: Shown;
  count: DayCount;
  /** Held today: the timeline's last detention has no release, or, without a timeline, the status says so. */
  isHeld: boolean;
  /** The address letters go to now, for a person held today. */
  currentAddress: PublicPerson["addresses"][number] | null;
  regions: Shown[];
};

export function personView(person: PublicPerson, locale: Locale, today: string): PersonView {
  const { lang, defaultLang } = locale;
  const count = safeCount(person, today);
  const hasCustody = count.periods.length > 0;
  const isHeld = hasCustody ? count.held : person.status.isHeld;
  return {
    person,
    name: shownName(person, lang, defaultLang),
    bio: textIn(person.bios, lang, defaultLang),
    status: textIn(person.status.names, lang, "en"),
    count,
    isHeld,
    currentAddress: isHeld ? (person.addresses[0] ?? null) : null,
    regions: person.regions.map((region) => textIn(region.names, lang, defaultLang)),
  };
}

function shownName(person: PublicPerson, lang: Lang, defaultLang: Lang): Shown {
  const name = textIn(person.names, lang, defaultLang);
  return name.text ? name : { text: person.slug, lang: defaultLang };
}

/**
 * The day count; a timeline staff saved before a rule existed (a release dated ahead) shows no
 * count rather than breaking the page.
 */
function safeCount(person: PublicPerson, today: string): DayCount {
  try {
    return countDays(person.events, today);
  } catch {
    return { days: 0, held: false, releasedOn: null, heldSince: null, periods: [] };
  }
}

/** A timeline event in one language. */
export function eventView(event: PublicPerson["events"][number], locale: Locale) {
  return { ...event, ...eventTextsIn(event.texts, locale.lang, locale.defaultLang) };
}

/** A calendar date ("2011-08-04") as readers of `lang` write it: "4 August 2011". */
export function formatCalendarDate(date: string, lang: Lang): string {
  return new Intl.DateTimeFormat(LANGUAGES[lang].intl, {
    dateStyle: "long",
    timeZone: "UTC",
  }).format(new Date(`${date}T00:00:00Z`));
}

/** A day and month ("25 September"), with the year when it is known. */
export function formatBirthday(
  birthday: { year: number | null; month: number; day: number },
  lang: Lang,
): string {
  const date = new Date(Date.UTC(birthday.year ?? 2000, birthday.month - 1, birthday.day));
  return new Intl.DateTimeFormat(LANGUAGES[lang].intl, {
    day: "numeric",
    month: "long",
    ...(birthday.year ? { year: "numeric" } : {}),
    timeZone: "UTC",
  }).format(date);
}

const pad = (n: number) => String(n).padStart(2, "0");

/**
 * The date of a birthday's next occurrence on or after `today` ("2027-09-25"); 29 February is
 * kept on 28 February in other years.
 */
export function nextBirthday(birthday: { month: number; day: number }, today: string): string {
  const year = Number(today.slice(0, 4));
  for (const candidate of [year, year + 1]) {
    const leap = new Date(Date.UTC(candidate, 1, 29)).getUTCMonth() === 1;
    const day = birthday.month === 2 && birthday.day === 29 && !leap ? 28 : birthday.day;
    const date = `${candidate}-${pad(birthday.month)}-${pad(day)}`;
    if (dayNumber(date) >= dayNumber(today)) return date;
  }
  throw new RangeError("unreachable");
}

/**
 * People held today whose shown birthday falls within `days` days from today, soonest first: a
 * card can reach them in time.
 */
export function birthdaysSoon(
  views: PersonView[],
  today: string,
  days = 30,
): { view: PersonView; date: string }[] {
  return views
    .flatMap((view) => {
      const birthday = view.person.birthday;
      if (!birthday || !view.isHeld) return [];
      const date = nextBirthday(birthday, today);
      return dayNumber(date) - dayNumber(today) <= days ? [{ view, date }] : [];
    })
    .sort((a, b) => a.date.localeCompare(b.date));
}
