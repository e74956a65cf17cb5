import { describe, expect, it } from "vitest";
import { parseActionAttributes } from "@/lib/actions/box";
import { MainActionFormSchema, mainActionIn, readMainAction } from "@/lib/actions/schemas";
import { splitBody } from "@/lib/actions/split";
import { sanitizeArticleHtml, sanitizeCommentHtml } from "@/lib/sanitize";

const PETITION = "cm4petition000000000000001";
const PERSON = "cm4person0000000000000000a";

describe("action boxes in article bodies as staff save them", () => {
  it("keeps each kind with exactly its fields, emptied, and drops anything else on the aside", () => {
    const clean = sanitizeArticleHtml(
      `<aside data-action="petition" data-petition="${PETITION}" data-href="https://x.example" class="big" onclick="alert(1)"><p>inside</p></aside>` +
        `<aside data-action="write" data-person="${PERSON}"></aside>` +
        '<aside data-action="donate" data-href="https://donate.example/give" data-label="Give: now" data-text="Help &amp; support"></aside>' +
        '<aside data-action="share" data-hashtag="FreeAles" data-text="Free him"></aside>' +
        '<aside data-action="event" data-title="Vigil: day one" data-date="2026-12-10T18:00" data-place="Vilnius" data-href="/take-action"></aside>',
    );
    expect(clean).toBe(
      `<aside data-action="petition" data-petition="${PETITION}"></aside>` +
        `<aside data-action="write" data-person="${PERSON}"></aside>` +
        '<aside data-action="donate" data-href="https://donate.example/give" data-label="Give: now" data-text="Help &amp; support"></aside>' +
        '<aside data-action="share" data-hashtag="#FreeAles" data-text="Free him"></aside>' +
        '<aside data-action="event" data-title="Vigil: day one" data-date="2026-12-10T18:00" data-place="Vilnius" data-href="/take-action"></aside>',
    );
  });

  it("drops a box of an unknown kind, a bad id, a missing field or an unsafe address", () => {
    for (const box of [
      '<aside data-action="script"></aside>',
      '<aside data-action="PETITION" data-petition="cm4petition000000000000001"></aside>',
      '<aside data-action="petition" data-petition="../../etc"></aside>',
      '<aside data-action="petition" data-petition="cm4-petition\' onmouseover=\'x"></aside>',
      '<aside data-action="write"></aside>',
      '<aside data-action="donate" data-href="javascript:alert(1)"></aside>',
      '<aside data-action="donate" data-href="java&#x09;script:alert(1)"></aside>',
      '<aside data-action="donate" data-href="//evil.example/x"></aside>',
      '<aside data-action="donate" data-href="mailto:a@b.example"></aside>',
      '<aside data-action="donate" data-href="data:text/html,<script>alert(1)</script>"></aside>',
      '<aside data-action="share" data-hashtag="#two words"></aside>',
      '<aside data-action="share" data-hashtag="#<img src=x onerror=alert(1)>"></aside>',
      '<aside data-action="event" data-title="Vigil" data-date="2026-02-30T18:00"></aside>',
      '<aside data-action="event" data-date="2026-12-10T18:00"></aside>',
      `<aside data-action="event" data-title="${"x".repeat(121)}" data-date="2026-12-10T18:00"></aside>`,
    ]) {
      expect(sanitizeArticleHtml(`<p>a</p>${box}<p>b</p>`), box).toBe("<p>a</p><p>b</p>");
    }
  });

  it("keeps an event without its link when only the link is unsafe", () => {
    expect(
      sanitizeArticleHtml(
        '<aside data-action="event" data-title="Vigil" data-date="2026-12-10T18:00" data-href="javascript:alert(1)"></aside>',
      ),
    ).toBe('<aside data-action="event" data-title="Vigil" data-date="2026-12-10T18:00"></aside>');
  });

  it("unwraps a plain aside, as before, and moves a box out of a block to the top level", () => {
    expect(sanitizeArticleHtml("<aside><p>Note</p></aside>")).toBe("<p>Note</p>");
    expect(
      sanitizeArticleHtml(
        '<blockquote><p>q</p><aside data-action="share" data-hashtag="#A"></aside><aside data-action="share" data-hashtag="#B"></aside></blockquote><p>after</p>',
      ),
    ).toBe(
      '<blockquote><p>q</p></blockquote><aside data-action="share" data-hashtag="#A"></aside><aside data-action="share" data-hashtag="#B"></aside><p>after</p>',
    );
  });

  it("a reader's comment never keeps a box, and hostile words stay text", () => {
    expect(
      sanitizeCommentHtml('<aside data-action="share" data-hashtag="#A" data-text="x">hi</aside>'),
    ).toBe("hi");
    expect(
      parseActionAttributes({
        "data-action": "event",
        "data-title": '"><img src=x onerror=alert(1)>',
        "data-date": "2026-12-10T18:00",
      }),
    ).toMatchObject({ title: '"><img src=x onerror=alert(1)>' });
    const stored = sanitizeArticleHtml(
      '<aside data-action="event" data-title="&quot;><img src=x onerror=alert(1)>" data-date="2026-12-10T18:00"></aside>',
    );
    expect(stored).not.toContain("<img");
    expect(splitBody(stored)).toEqual([
      {
        type: "box",
        box: {
          kind: "event",
          title: '"><img src=x onerror=alert(1)>',
          date: "2026-12-10T18:00",
          place: "",
          href: "",
        },
      },
    ]);
  });
});

describe("splitting a body at its boxes", () => {
  it("returns the HTML between the boxes byte for byte and each box's fields", () => {
    const html = sanitizeArticleHtml(
      `<h2>One</h2><p>a &amp; b</p><aside data-action="petition" data-petition="${PETITION}"></aside><p>two</p>` +
        '<aside data-action="share" data-hashtag="#FreeAles" data-text="Tom &amp; Jerry"></aside>',
    );
    expect(splitBody(html)).toEqual([
      { type: "html", html: "<h2>One</h2><p>a &amp; b</p>" },
      { type: "box", box: { kind: "petition", petition: PETITION } },
      { type: "html", html: "<p>two</p>" },
      { type: "box", box: { kind: "share", hashtag: "#FreeAles", text: "Tom & Jerry" } },
    ]);
  });

  it("leaves a body without boxes as one part, and skips a box that no longer validates", () => {
    expect(splitBody("<p>x</p><aside>y</aside>")).toEqual([
      { type: "html", html: "<p>x</p><aside>y</aside>" },
    ]);
    expect(splitBody('<p>x</p><aside data-action="evil"></aside><p>y</p>')).toEqual([
      { type: "html", html: "<p>x</p>" },
      { type: "html", html: "<p>y</p>" },
    ]);
  });
});

describe("the main action setting", () => {
  it("reads a stored value safely and gives the words in the reader's language", () => {
    expect(readMainAction({ box: { kind: "evil" } })).toEqual({ box: null, translations: {} });
    expect(readMainAction(undefined).box).toBeNull();
    const main = readMainAction({
      box: { kind: "donate", href: "https://give.example", label: "Give", text: "" },
      translations: { be: { label: "Ахвяраваць" } },
    });
    expect(mainActionIn(main, "be", "en")).toEqual({
      box: { kind: "donate", href: "https://give.example", label: "Ахвяраваць", text: "" },
      lang: "be",
    });
    expect(mainActionIn(main, "ru", "en")?.lang).toBe("en");
    expect(mainActionIn(main, "ru", "en")?.box).toMatchObject({ label: "Give" });
  });

  it("the staff form names the field that is wrong, and an empty kind clears it", () => {
    const refused = MainActionFormSchema.safeParse({ kind: "event", title: "", date: "tomorrow" });
    expect(refused.success).toBe(false);
    expect(refused.error?.issues.map((issue) => issue.path[0]).sort()).toEqual(["date", "title"]);
    expect(MainActionFormSchema.parse({ kind: "" })).toEqual({ box: null, translations: {} });
    expect(
      MainActionFormSchema.parse({
        kind: "share",
        hashtag: "FreeAles",
        translations: { be: { text: "Свабоду" } },
      }),
    ).toEqual({
      box: { kind: "share", hashtag: "#FreeAles", text: "" },
      translations: { be: { label: "", text: "Свабоду", title: "", place: "" } },
    });
  });
});
