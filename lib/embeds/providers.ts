/**
 * The posts and videos an article may embed, by provider: how to read one from a pasted URL,
 * where its own page is (the link readers follow without JavaScript) and which player frame the
 * facade loads after a reader's click. Used by the editor, the sanitizer and the public page.
 */
const EMBED_PROVIDERS = ["youtube", "vimeo", "x", "telegram"] as const;
export type EmbedProvider = (typeof EMBED_PROVIDERS)[number];

export type EmbedRef = { provider: EmbedProvider; id: string };

/** Ids by pattern: Telegram's is "channel/post". Nothing else ever reaches a URL we build. */
const ID_PATTERNS: Record<EmbedProvider, RegExp> = {
  youtube: /^[A-Za-z0-9_-]{11}$/,
  vimeo: /^\d{5,12}$/,
  x: /^\d{5,20}$/,
  telegram: /^[A-Za-z][A-Za-z0-9_]{3,31}\/\d{1,10}$/,
};

/** The host a frame loads from, named on the facade's button; also the CSP's frame-src. */
export const FRAME_ORIGINS: Record<EmbedProvider, string> = {
  youtube: "https://www.youtube-nocookie.com",
  vimeo: "https://player.vimeo.com",
  x: "https://platform.twitter.com",
  telegram: "https://t.me",
};

/** Whether a stored provider and id are ones we embed. */
export function isEmbedRef(provider: unknown, id: unknown): provider is EmbedProvider {
  return (
    typeof provider === "string" &&
    typeof id === "string" &&
    (EMBED_PROVIDERS as readonly string[]).includes(provider) &&
    ID_PATTERNS[provider as EmbedProvider].test(id)
  );
}

/** Telegram's own pages, never a channel. */
const TELEGRAM_PATHS = new Set(["joinchat", "addstickers", "addemoji", "share", "proxy", "socks"]);

const ref = (provider: EmbedProvider, id: string | undefined): EmbedRef | null =>
  id !== undefined && ID_PATTERNS[provider].test(id) ? { provider, id } : null;

/** The provider and id of a YouTube, Vimeo, X (Twitter) or Telegram post URL; null otherwise. */
export function parseEmbedUrl(value: string): EmbedRef | null {
  let url: URL;
  try {
    url = new URL(value.trim());
  } catch {
    return null;
  }
  if (url.protocol !== "https:" && url.protocol !== "http:") return null;
  const host = url.hostname.toLowerCase().replace(/^(www\.|m\.|mobile\.)/, "");
  const path = url.pathname;
  switch (host) {
    case "youtube.com":
    case "youtube-nocookie.com":
      return ref(
        "youtube",
        url.searchParams.get("v") ?? /^\/(?:embed|shorts|live)\/([^/]+)/.exec(path)?.[1],
      );
    case "youtu.be":
      return ref("youtube", path.slice(1).split("/")[0]);
    case "vimeo.com":
    case "player.vimeo.com":
      return ref("vimeo", /^\/(?:video\/)?(\d+)\/?$/.exec(path)?.[1]);
    case "x.com":
    case "twitter.com":
      return ref("x", /^\/[A-Za-z0-9_]{1,15}\/status(?:es)?\/(\d+)/.exec(path)?.[1]);
    case "t.me":
    case "telegram.me": {
      const match = /^\/(?:s\/)?([A-Za-z][A-Za-z0-9_]{3,31})\/(\d+)\/?$/.exec(path);
      return match && !TELEGRAM_PATHS.has(match[1]!.toLowerCase())
        ? ref("telegram", `${match[1]}/${match[2]}`)
        : null;
    }
    default:
      return null;
  }
}

/** The post's own page: what the facade links to without JavaScript. */
export function embedPageUrl({ provider, id }: EmbedRef): string {
  switch (provider) {
    case "youtube":
      return `https://www.youtube.com/watch?v=${id}`;
    case "vimeo":
      return `https://vimeo.com/${id}`;
    case "x":
      return `https://x.com/i/status/${id}`;
    case "telegram":
      return `https://t.me/${id}`;
  }
}

/** The player the facade swaps in after the reader's click (public/embed-facade.js mirrors it). */
export function embedFrameUrl({ provider, id }: EmbedRef): string {
  switch (provider) {
    case "youtube":
      return `${FRAME_ORIGINS.youtube}/embed/${id}?autoplay=1`;
    case "vimeo":
      return `${FRAME_ORIGINS.vimeo}/video/${id}?autoplay=1`;
    case "x":
      return `${FRAME_ORIGINS.x}/embed/Tweet.html?id=${id}`;
    case "telegram":
      return `${FRAME_ORIGINS.telegram}/${id}?embed=1`;
  }
}

/** Videos play; posts are shown. */
export const isVideoProvider = (provider: EmbedProvider) =>
  provider === "youtube" || provider === "vimeo";
