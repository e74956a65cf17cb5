import "server-only";
import { type MediaStorage, isSafeKey } from "@/lib/media/storage";

const CONTENT_TYPES: Record<string, string> = {
  jpg: "image/jpeg",
  jpeg: "image/jpeg",
  png: "image/png",
  webp: "image/webp",
  gif: "image/gif",
};

const NOT_FOUND = () =>
  new Response("Not found", {
    status: 404,
    headers: { "Content-Type": "text/plain; charset=utf-8", "X-Content-Type-Options": "nosniff" },
  });

/**
 * The response for /media/<segments>: the stored file with its type and a year-long immutable
 * cache (keys are random and never reused), or 404 for anything that is not a plain key of an
 * image, so no path can reach outside the media folder.
 */
export async function serveMedia(storage: MediaStorage, segments: string[]): Promise<Response> {
  let decoded: string[];
  try {
    // Params arrive decoded once; decoding again catches double-encoded traversal ("%252e%252e").
    decoded = segments.map((segment) => decodeURIComponent(segment));
  } catch {
    return NOT_FOUND();
  }
  if (decoded.some((segment, i) => segment !== segments[i])) return NOT_FOUND();
  const key = decoded.join("/");
  if (!isSafeKey(key)) return NOT_FOUND();
  const type = CONTENT_TYPES[key.split(".").pop()?.toLowerCase() ?? ""];
  if (!type) return NOT_FOUND();
  const file = await storage.stream(key);
  if (!file) return NOT_FOUND();
  return new Response(file.body, {
    headers: {
      "Content-Type": type,
      "Content-Length": String(file.size),
      "X-Content-Type-Options": "nosniff",
      "Cache-Control": "public, max-age=31536000, immutable",
      "Content-Security-Policy": "default-src 'none'; style-src 'unsafe-inline'; sandbox",
    },
  });
}
