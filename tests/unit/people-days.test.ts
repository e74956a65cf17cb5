import { describe, expect, it } from "vitest";
import { FutureReleaseError, countDays, todayIn } from "@/lib/people/days";

const detained = (date: string) => ({ date, kind: "DETAINED" });
const released = (date: string) => ({ date, kind: "RELEASED" });
const rearrested = (date: string) => ({ date, kind: "REARRESTED" });

describe("days behind bars", () => {
  it("counts one detention to its release as the campaign did: 1052 days", () => {
    const count = countDays(
      [
        detained("2011-08-04"),
        { date: "2011-11-24", kind: "VERDICT" },
        { date: "2012-01-20", kind: "TRANSFERRED" },
        released("2014-06-21"),
      ],
      "2026-12-01",
    );
    expect(count).toMatchObject({ days: 1052, held: false, releasedOn: "2014-06-21" });
  });

  it("adds several detentions up, whatever order the timeline lists them in", () => {
    const count = countDays(
      [
        rearrested("2021-07-14"),
        released("2020-01-11"),
        detained("2020-01-01"),
        released("2021-07-24"),
      ],
      "2026-12-01",
    );
    expect(count.days).toBe(10 + 10);
    expect(count.periods).toHaveLength(2);
    expect(count.releasedOn).toBe("2021-07-24");
  });

  it("counts a release on the day of the arrest as one day", () => {
    const count = countDays([detained("2024-03-08"), released("2024-03-08")], "2026-12-01");
    expect(count).toMatchObject({ days: 1, held: false, releasedOn: "2024-03-08" });
  });

  it("keeps a re-arrest at the prison gate as a second time in custody", () => {
    const count = countDays(
      [
        detained("2024-01-01"),
        released("2024-01-16"),
        rearrested("2024-01-16"),
        released("2024-01-31"),
      ],
      "2026-12-01",
    );
    expect(count.periods).toEqual([
      { from: "2024-01-01", to: "2024-01-16" },
      { from: "2024-01-16", to: "2024-01-31" },
    ]);
    expect(count.days).toBe(30);
  });

  it("counts 29 February in a leap year and not in others", () => {
    expect(countDays([detained("2024-02-28"), released("2024-03-01")], "2026-12-01").days).toBe(2);
    expect(countDays([detained("2023-02-28"), released("2023-03-01")], "2026-12-01").days).toBe(1);
    // Across 2000 (a leap year) and 2100 is beyond reach; four years across one 29 February:
    expect(countDays([detained("2020-01-01"), released("2024-01-01")], "2026-12-01").days).toBe(
      1461,
    );
  });

  it("counts up to today for a person still detained", () => {
    const count = countDays([detained("2026-11-01")], "2026-12-01");
    expect(count).toMatchObject({
      days: 30,
      held: true,
      heldSince: "2026-11-01",
      releasedOn: null,
    });
    // The next day the page shows one day more.
    expect(countDays([detained("2026-11-01")], "2026-12-02").days).toBe(31);
    // On the day of the arrest itself: the first day.
    expect(countDays([detained("2026-12-01")], "2026-12-01").days).toBe(1);
  });

  it("rejects a release dated in the future", () => {
    expect(() => countDays([detained("2026-01-01"), released("2026-12-02")], "2026-12-01")).toThrow(
      FutureReleaseError,
    );
  });

  it("has no count without a detention, and ignores a release with none before it", () => {
    expect(countDays([released("2014-06-21")], "2026-12-01")).toMatchObject({
      days: 0,
      held: false,
    });
    expect(countDays([], "2026-12-01").periods).toEqual([]);
  });

  it("takes today in the site's time zone, not the server's", () => {
    // 22:30 UTC on 30 November is already 1 December in Minsk (UTC+3).
    const instant = new Date("2026-11-30T22:30:00Z");
    expect(todayIn("Europe/Minsk", instant)).toBe("2026-12-01");
    expect(todayIn("UTC", instant)).toBe("2026-11-30");
  });

  it("rejects a date that does not exist", () => {
    expect(() => countDays([detained("2023-02-29")], "2026-12-01")).toThrow(RangeError);
  });
});

describe("the midnight watcher", () => {
  it("reports a change of date once, and not the first look at startup", async () => {
    const { createDayWatcher } = await import("@/lib/people/midnight");
    const changed = createDayWatcher();
    expect(changed("2026-12-01")).toBe(false);
    expect(changed("2026-12-01")).toBe(false);
    expect(changed("2026-12-02")).toBe(true);
    expect(changed("2026-12-02")).toBe(false);
  });
});

describe("birthdays soon", () => {
  it("finds the next birthday, across the new year and on 28 February outside leap years", async () => {
    const { nextBirthday } = await import("@/lib/people/view");
    expect(nextBirthday({ month: 9, day: 25 }, "2026-12-01")).toBe("2027-09-25");
    expect(nextBirthday({ month: 12, day: 1 }, "2026-12-01")).toBe("2026-12-01");
    expect(nextBirthday({ month: 1, day: 5 }, "2026-12-20")).toBe("2027-01-05");
    expect(nextBirthday({ month: 2, day: 29 }, "2027-01-10")).toBe("2027-02-28");
    expect(nextBirthday({ month: 2, day: 29 }, "2027-12-01")).toBe("2028-02-29");
  });
});
