import { describe, expect, it } from "vitest";
import { embedFrameUrl, embedPageUrl, parseEmbedUrl } from "@/lib/embeds/providers";

describe("embed addresses staff paste", () => {
  it("recognises YouTube in its usual spellings", () => {
    const video = { provider: "youtube", id: "dQw4w9WgXcQ" };
    for (const url of [
      "https://www.youtube.com/watch?v=dQw4w9WgXcQ&t=1",
      "https://youtu.be/dQw4w9WgXcQ",
      "https://m.youtube.com/watch?v=dQw4w9WgXcQ",
      "https://www.youtube.com/shorts/dQw4w9WgXcQ",
      " https://www.youtube-nocookie.com/embed/dQw4w9WgXcQ ",
    ]) {
      expect(parseEmbedUrl(url)).toEqual(video);
    }
    expect(embedFrameUrl(video as never)).toBe(
      "https://www.youtube-nocookie.com/embed/dQw4w9WgXcQ?autoplay=1",
    );
  });

  it("recognises Vimeo, X (and twitter.com) and Telegram posts", () => {
    expect(parseEmbedUrl("https://vimeo.com/123456789")).toEqual({
      provider: "vimeo",
      id: "123456789",
    });
    expect(parseEmbedUrl("https://player.vimeo.com/video/123456789")).toEqual({
      provider: "vimeo",
      id: "123456789",
    });
    expect(parseEmbedUrl("https://x.com/viasna96/status/1790000000000000000?s=20")).toEqual({
      provider: "x",
      id: "1790000000000000000",
    });
    expect(parseEmbedUrl("https://twitter.com/viasna96/status/1790000000000000000")).toEqual({
      provider: "x",
      id: "1790000000000000000",
    });
    const post = parseEmbedUrl("https://t.me/viasna96/12345");
    expect(post).toEqual({ provider: "telegram", id: "viasna96/12345" });
    expect(embedPageUrl(post!)).toBe("https://t.me/viasna96/12345");
    expect(embedFrameUrl(post!)).toBe("https://t.me/viasna96/12345?embed=1");
    expect(embedFrameUrl(parseEmbedUrl("https://x.com/a/status/123456")!)).toBe(
      "https://platform.twitter.com/embed/Tweet.html?id=123456",
    );
  });

  it("refuses other sites, other pages of those sites and script URLs", () => {
    for (const url of [
      "https://example.org/watch?v=dQw4w9WgXcQ",
      "javascript:alert(1)",
      "https://www.youtube.com/watch?v=<script>",
      "https://www.youtube.com/watch?v=dQw4w9WgXcQQ",
      "https://vimeo.com/channels/staffpicks",
      "https://x.com/viasna96",
      "https://x.com/viasna96/status/abc",
      "https://t.me/viasna96",
      "https://t.me/joinchat/12345",
      "https://t.me.evil.example/viasna96/1",
      "ftp://youtu.be/dQw4w9WgXcQ",
    ]) {
      expect(parseEmbedUrl(url), url).toBeNull();
    }
  });
});
