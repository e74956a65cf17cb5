import { describe, expect, it } from "vitest";
import { SHARE_NETWORKS, buildShareLinks } from "@/lib/share/links";

const url = "https://free-ales.example/news/viasna-fidh?x=1&y=2#top";
const title = `"Viasna" & FIDH: #FreeAles — Алесь Бяляцкі ✊🏽`;

describe("share links", () => {
  const links = buildShareLinks(url, title);

  it("offers every network plus email", () => {
    expect(links.map((l) => l.network)).toEqual([...SHARE_NETWORKS, "Email"]);
  });

  it("encodes the page URL and title so they survive intact", () => {
    for (const link of links) {
      const parsed = new URL(link.href);
      const values = [...parsed.searchParams.values()].join(" ");
      if (link.network !== "LinkedIn" && link.network !== "Facebook")
        expect(values, link.network).toContain(title);
      if (link.network !== "Email") expect(values, link.network).toContain(url);
      expect(link.href).not.toContain("#top");
      expect(link.href).not.toMatch(/[ "<>]/);
    }
  });

  it("builds the expected Telegram and email links", () => {
    const telegram = links.find((l) => l.network === "Telegram")!;
    expect(telegram.href).toBe(
      `https://t.me/share/url?url=${encodeURIComponent(url)}&text=${encodeURIComponent(title)}`,
    );
    const email = links.find((l) => l.network === "Email")!;
    expect(email.href.startsWith("mailto:?subject=%22Viasna%22%20%26%20FIDH")).toBe(true);
    expect(decodeURIComponent(email.href.split("&body=")[1]!)).toBe(`${title}\n\n${url}`);
  });
});
