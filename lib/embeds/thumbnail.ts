import "server-only";
import { type Actor, assertCan } from "@/lib/auth/permissions";
import { type EmbedRef, embedPageUrl } from "@/lib/embeds/providers";
import { readCappedBytes } from "@/lib/http/read-capped-body";
import { toMediaChoice } from "@/lib/media/queries";
import { uploadMedia } from "@/lib/media/service";

/** Each request to a provider may take this long and bring this much, then it is dropped. */
const FETCH_TIMEOUT_MS = 5_000;
const MAX_PAGE_BYTES = 512 * 1024;
const MAX_IMAGE_BYTES = 5 * 1024 * 1024;

/** Hosts a provider's thumbnail may come from (what its oEmbed or og:image points to). */
const IMAGE_HOSTS = [
  /^i\.ytimg\.com$/,
  /^i\.vimeocdn\.com$/,
  /^pbs\.twimg\.com$/,
  /\.telesco\.pe$/,
];

async function fetchBounded(url: string, maxBytes: number): Promise<Buffer | null> {
  const response = await fetch(url, {
    signal: AbortSignal.timeout(FETCH_TIMEOUT_MS),
    redirect: "error",
    headers: { "User-Agent": "campaign-news-cms (thumbnail)" },
  });
  if (!response.ok || !response.body) return null;
  return readCappedBytes(response, maxBytes);
}

async function oembed(endpoint: string, ref: EmbedRef) {
  const page = await fetchBounded(
    `${endpoint}?format=json&url=${encodeURIComponent(embedPageUrl(ref))}`,
    MAX_PAGE_BYTES,
  );
  const data = page ? (JSON.parse(page.toString("utf8")) as Record<string, unknown>) : {};
  return {
    image: typeof data.thumbnail_url === "string" ? data.thumbnail_url : null,
    title: typeof data.title === "string" ? data.title : null,
  };
}

async function ogImage(ref: EmbedRef) {
  const page = await fetchBounded(`https://t.me/${ref.id}?embed=1`, MAX_PAGE_BYTES);
  const html = page?.toString("utf8") ?? "";
  const image =
    /<meta[^>]+property="og:image"[^>]+content="([^"]+)"/.exec(html)?.[1] ??
    /background-image:url\('(https:\/\/[^']+)'\)/.exec(html)?.[1] ??
    null;
  return { image, title: null };
}

/** Where a provider says the thumbnail and title are (X publishes no thumbnail to fetch). */
function locate(ref: EmbedRef): Promise<{ image: string | null; title: string | null }> {
  switch (ref.provider) {
    case "youtube":
      return Promise.resolve({
        image: `https://i.ytimg.com/vi/${ref.id}/hqdefault.jpg`,
        title: null,
      });
    case "vimeo":
      return oembed("https://vimeo.com/api/oembed.json", ref);
    case "telegram":
      return ogImage(ref);
    case "x":
      return Promise.resolve({ image: null, title: null });
  }
}

const isImageHost = (value: string) => {
  try {
    const url = new URL(value);
    return (
      url.protocol === "https:" &&
      url.port === "" &&
      IMAGE_HOSTS.some((host) => host.test(url.hostname))
    );
  } catch {
    return false;
  }
};

/**
 * Fetches an embed's thumbnail from its provider, with bounded time and size, and keeps it in
 * the media library, so readers' pages show it from this site. Needs media:upload. Null when the
 * provider cannot be reached or gives nothing usable: staff then pick a thumbnail themselves.
 */
export async function fetchEmbedThumbnail(actor: Actor, ref: EmbedRef) {
  assertCan(actor, "media:upload");
  try {
    const found = await locate(ref);
    if (!found.image || !isImageHost(found.image)) return null;
    const bytes = await fetchBounded(found.image, MAX_IMAGE_BYTES);
    if (!bytes) return null;
    const name = `${ref.provider}-${ref.id.replace("/", "-")}.jpg`;
    const media = await uploadMedia(actor, { name, bytes }, { altText: "", credit: "" });
    return {
      image: toMediaChoice({ ...media, altText: "", originalName: name }),
      title: found.title?.slice(0, 300) ?? null,
    };
  } catch (error) {
    console.warn(`[fetchEmbedThumbnail] ${ref.provider}: ${(error as Error).message}`);
    return null;
  }
}
