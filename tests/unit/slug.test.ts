import { describe, expect, it } from "vitest";
import { slugProblem, toSlug } from "@/lib/articles/slug";

describe("article slugs", () => {
  it("transliterates Belarusian and Russian titles", () => {
    expect(toSlug("Алесь Бяляцкі ўзнагароджаны")).toBe("ales-byalyatski-uznagarodzhany");
    expect(toSlug("Свобода политзаключённым!")).toBe("svoboda-politzaklyuchyonnym");
  });

  it("lower-cases, dashes and trims", () => {
    expect(toSlug("  Verdict Day: 10 Years  ")).toBe("verdict-day-10-years");
  });

  it("gives nothing for a title of only symbols, and says why", () => {
    expect(toSlug("!!! *** ???")).toBe("");
    expect(slugProblem("POST", "")).toMatch(/at least one letter or digit/);
  });

  it("keeps pages off the app's own paths, but not news posts", () => {
    expect(slugProblem("PAGE", "admin")).toMatch(/used by the site itself/);
    expect(slugProblem("PAGE", "news")).toMatch(/used by the site itself/);
    expect(slugProblem("POST", "admin")).toBeNull();
    expect(slugProblem("PAGE", "about")).toBeNull();
  });

  it("caps the length without a trailing dash", () => {
    const slug = toSlug("word ".repeat(100));
    expect(slug.length).toBeLessThanOrEqual(120);
    expect(slug.endsWith("-")).toBe(false);
  });
});
