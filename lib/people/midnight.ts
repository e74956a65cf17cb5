/**
 * Watches the calendar date in the site's time zone. Every count of days behind bars and every
 * "birthday soon" changes when it does, so the ticker revalidates the people's pages then: a
 * cached page shows the right number on the day it is read, with no JavaScript.
 */
export function createDayWatcher(): (today: string) => boolean {
  let last: string | null = null;
  return (today) => {
    // The first look (at startup) only notes the day: startup revalidates every page anyway.
    const changed = last !== null && last !== today;
    last = today;
    return changed;
  };
}
