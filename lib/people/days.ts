/**
 * "Days behind bars", from a person's timeline. Dates are calendar dates ("2011-08-04") in the
 * site's time zone; `today` is today's date there (see `todayIn`).
 *
 * A detention (DETAINED, or REARRESTED after a release) opens a time in custody; RELEASED closes
 * it. A time counts the days from the detention to the release (or to today): 4 August 2011 to
 * 21 June 2014 is 1052 days, as the campaign counted. A detention and release on one day counts
 * as one day, and so does the day of a detention still going on: a day in custody is never zero.
 * Several times in custody add up. Other events (trial, verdict, transfer) do not change it.
 */

export type TimelineEvent = { date: string; kind: string };

type Custody = { from: string; to: string | null };

export type DayCount = {
  /** Every day in custody, all times added up. */
  days: number;
  /** Held today: the last detention has no release. */
  held: boolean;
  /** The date of the last release, when not held today. */
  releasedOn: string | null;
  /** The date the current detention began, when held. */
  heldSince: string | null;
  periods: Custody[];
};

const DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
const DAY_MS = 24 * 60 * 60 * 1000;

/** A calendar date as a day number (days since 1970-01-01), or throws on a malformed date. */
export function dayNumber(date: string): number {
  const match = DATE.exec(date);
  if (!match) throw new RangeError(`Not a date: ${date}`);
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const time = Date.UTC(year, month - 1, day);
  const back = new Date(time);
  if (back.getUTCFullYear() !== year || back.getUTCMonth() !== month - 1) {
    throw new RangeError(`No such date: ${date}`);
  }
  return time / DAY_MS;
}

/** Today's calendar date in a time zone ("2026-12-01"), at the instant `now`. */
export function todayIn(timeZone: string, now: Date = new Date()): string {
  // en-CA writes dates as YYYY-MM-DD.
  return new Intl.DateTimeFormat("en-CA", {
    timeZone,
    year: "numeric",
    month: "2-digit",
    day: "2-digit",
  }).format(now);
}

export class FutureReleaseError extends Error {
  constructor(readonly date: string) {
    super(`A release cannot be dated in the future (${date}).`);
  }
}

const OPENS = new Set(["DETAINED", "REARRESTED"]);

/**
 * The times in custody the timeline records, in order. On one date with both a detention and a
 * release: if a time is open, the release ends it and the detention starts the next (released
 * and re-arrested at the gate); if none is, the person was held and let go that day.
 */
function custodyPeriods(events: readonly TimelineEvent[], today: string): Custody[] {
  const todayNumber = dayNumber(today);
  const byDate = new Map<number, { date: string; opens: boolean; releases: boolean }>();
  for (const event of events) {
    const opens = OPENS.has(event.kind);
    if (!opens && event.kind !== "RELEASED") continue;
    const number = dayNumber(event.date);
    if (number > todayNumber) {
      if (!opens) throw new FutureReleaseError(event.date);
      continue; // A detention dated ahead has not happened yet.
    }
    const day = byDate.get(number) ?? { date: event.date, opens: false, releases: false };
    if (opens) day.opens = true;
    else day.releases = true;
    byDate.set(number, day);
  }
  const periods: Custody[] = [];
  let open: string | null = null;
  for (const [, day] of [...byDate].sort(([a], [b]) => a - b)) {
    if (open !== null) {
      if (day.releases) {
        periods.push({ from: open, to: day.date });
        open = day.opens ? day.date : null;
      }
    } else if (day.opens) {
      if (day.releases) periods.push({ from: day.date, to: day.date });
      else open = day.date;
    }
  }
  if (open !== null) periods.push({ from: open, to: null });
  return periods;
}

/** Days in one time in custody: from detention to release or today, at least one. */
function daysIn(period: Custody, today: string): number {
  return Math.max(1, dayNumber(period.to ?? today) - dayNumber(period.from));
}

export function countDays(events: readonly TimelineEvent[], today: string): DayCount {
  const periods = custodyPeriods(events, today);
  const last = periods.at(-1);
  const held = last !== undefined && last.to === null;
  return {
    days: periods.reduce((sum, period) => sum + daysIn(period, today), 0),
    held,
    releasedOn: !held && last ? last.to : null,
    heldSince: held ? last.from : null,
    periods,
  };
}
