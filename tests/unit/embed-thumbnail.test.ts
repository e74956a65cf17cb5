import { afterEach, describe, expect, it, vi } from "vitest";
import type { Actor } from "@/lib/auth/permissions";
import { fetchEmbedThumbnail } from "@/lib/embeds/thumbnail";

// The providers' hosts are fixed in the code, so their answers are played by a stand-in fetch:
// what is checked is which addresses the server agrees to fetch, and how much it reads.
const editor: Actor = { id: "editor", role: "EDITOR" } as Actor;
let fetched: string[] = [];

function answer(routes: Record<string, () => Response>) {
  fetched = [];
  vi.stubGlobal("fetch", (input: string | URL) => {
    const url = String(input);
    fetched.push(url);
    const route = Object.entries(routes).find(([prefix]) => url.startsWith(prefix));
    if (!route) return Promise.reject(new Error(`no network here: ${url}`));
    return Promise.resolve(route[1]());
  });
}

afterEach(() => {
  vi.unstubAllGlobals();
  vi.restoreAllMocks();
});

const telegramPage = (image: string) => () =>
  new Response(`<meta property="og:image" content="${image}">`, { status: 200 });

describe("fetching an embed's thumbnail", () => {
  it("never fetches a picture from a host other than the provider's image hosts", async () => {
    vi.spyOn(console, "warn").mockImplementation(() => {});
    answer({ "https://t.me/": telegramPage("https://169.254.169.254/latest/meta-data") });
    expect(await fetchEmbedThumbnail(editor, { provider: "telegram", id: "viasna/123" })).toBe(
      null,
    );
    expect(fetched).toEqual(["https://t.me/viasna/123?embed=1"]);
  });

  it("refuses a provider's image host on another port or over plain http", async () => {
    for (const image of ["https://cdn4.telesco.pe:22/file/x.jpg", "http://cdn4.telesco.pe/x.jpg"]) {
      answer({ "https://t.me/": telegramPage(image) });
      expect(await fetchEmbedThumbnail(editor, { provider: "telegram", id: "viasna/1" })).toBe(
        null,
      );
      expect(fetched).toHaveLength(1);
    }
  });

  it("stops reading a picture larger than the limit, declared or not", async () => {
    const huge = new Uint8Array(6 * 1024 * 1024);
    const stream = () =>
      new ReadableStream<Uint8Array>({
        start(controller) {
          for (let i = 0; i < 6; i += 1) controller.enqueue(huge.subarray(i << 20, (i + 1) << 20));
          controller.close();
        },
      });
    const declared: Record<string, string>[] = [{ "content-length": String(huge.length) }, {}];
    for (const headers of declared) {
      answer({ "https://i.ytimg.com/": () => new Response(stream(), { status: 200, headers }) });
      expect(await fetchEmbedThumbnail(editor, { provider: "youtube", id: "dQw4w9WgXcQ" })).toBe(
        null,
      );
      expect(fetched).toEqual(["https://i.ytimg.com/vi/dQw4w9WgXcQ/hqdefault.jpg"]);
    }
  });

  it("asks for no redirects, so a provider cannot send the server elsewhere", async () => {
    const seen: RequestInit[] = [];
    vi.stubGlobal("fetch", (_input: string, init: RequestInit) => {
      seen.push(init);
      return Promise.reject(new TypeError("fetch failed"));
    });
    vi.spyOn(console, "warn").mockImplementation(() => {});
    await fetchEmbedThumbnail(editor, { provider: "youtube", id: "dQw4w9WgXcQ" });
    expect(seen.map((init) => init.redirect)).toEqual(["error"]);
  });
});
