export type VideoRef = { provider: "youtube" | "vimeo"; id: string };

/** The provider and id of a YouTube or Vimeo link, or null for anything else. */
export function parseVideoUrl(value: string): VideoRef | null {
  let url: URL;
  try {
    url = new URL(value.trim());
  } catch {
    return null;
  }
  if (url.protocol !== "https:" && url.protocol !== "http:") return null;
  const host = url.hostname.replace(/^(www\.|m\.)/, "");
  const youtubeId = /^[A-Za-z0-9_-]{11}$/;
  if (host === "youtube.com" || host === "youtube-nocookie.com") {
    const id =
      url.searchParams.get("v") ?? /^\/(?:embed|shorts|live)\/([^/?#]+)/.exec(url.pathname)?.[1];
    return id && youtubeId.test(id) ? { provider: "youtube", id } : null;
  }
  if (host === "youtu.be") {
    const id = url.pathname.slice(1).split("/")[0];
    return id && youtubeId.test(id) ? { provider: "youtube", id } : null;
  }
  if (host === "vimeo.com" || host === "player.vimeo.com") {
    const id = /\/(\d{5,12})(?:\/|$)/.exec(url.pathname)?.[1];
    return id ? { provider: "vimeo", id } : null;
  }
  return null;
}

/** The public watch page of a video (readers follow this link; nothing is embedded). */
export function videoWatchUrl(video: VideoRef): string {
  return video.provider === "youtube"
    ? `https://www.youtube.com/watch?v=${video.id}`
    : `https://vimeo.com/${video.id}`;
}
