import type http from "node:http";
import { DEFAULT_LANGUAGE_SEGMENT } from "@/lib/i18n/languages";
import { splitLanguagePrefix } from "@/lib/i18n/locale";
import {
  type Encoding,
  compressBody,
  isCompressibleType,
  matchesEtag,
  varyOnEncoding,
  weakEtag,
} from "@/lib/runtime/compression";

export /** A whole response kept in memory, with its compressed forms made on first demand. */
type Entry = {
  status: number;
  headers: http.OutgoingHttpHeaders;
  body: Buffer;
  encoded: Partial<Record<Exclude<Encoding, "identity">, Promise<Buffer>>>;
  /** Files that never change get the slowest, smallest compression. */
  best: boolean;
};

const HOP_BY_HOP = new Set([
  "connection",
  "keep-alive",
  "transfer-encoding",
  "content-length",
  "content-encoding",
  "date",
  "upgrade",
  "proxy-connection",
]);

export function isDecodablePath(url: string): boolean {
  const path = url.split("?", 1)[0] ?? "";
  if (!path.includes("%")) return true;
  try {
    return decodeURIComponent(path).isWellFormed();
  } catch {
    return false;
  }
}

export function readAll(stream: http.IncomingMessage): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    stream.on("data", (chunk: Buffer) => chunks.push(chunk));
    stream.on("end", () => resolve(Buffer.concat(chunks)));
    stream.on("error", reject);
  });
}

export function copyHeaders(
  source: http.IncomingHttpHeaders,
  hsts: boolean,
): http.OutgoingHttpHeaders {
  const headers: http.OutgoingHttpHeaders = {};
  for (const [name, value] of Object.entries(source)) {
    if (value !== undefined && !HOP_BY_HOP.has(name)) headers[name] = value;
  }
  if (hsts) headers["strict-transport-security"] = "max-age=31536000; includeSubDomains";
  return headers;
}

/** Sends a kept response in the client's encoding, or 304 when the client's copy is current. */
export async function sendEntry(
  req: http.IncomingMessage,
  res: http.ServerResponse,
  entry: Entry,
  encoding: Encoding,
) {
  const compress =
    encoding !== "identity" &&
    entry.body.length >= 1024 &&
    isCompressibleType(String(entry.headers["content-type"] ?? ""));
  const headers: http.OutgoingHttpHeaders = { ...entry.headers };
  if (isCompressibleType(String(entry.headers["content-type"] ?? ""))) {
    headers.vary = varyOnEncoding(entry.headers.vary);
  }
  if (compress) {
    headers["content-encoding"] = encoding;
    const etag = weakEtag(entry.headers.etag);
    if (etag) headers.etag = etag;
    delete headers["accept-ranges"];
  }
  if (entry.status === 200 && isUnchangedFor(req.headers, entry.headers)) {
    delete headers["content-encoding"];
    res.writeHead(304, headers);
    return void res.end();
  }
  let body = entry.body;
  if (compress) {
    try {
      body = await (entry.encoded[encoding] ??= compressBody(entry.body, encoding, {
        best: entry.best,
      }));
    } catch {
      return void res.destroy();
    }
  }
  headers["content-length"] = body.length;
  res.writeHead(entry.status, headers);
  res.end(req.method === "HEAD" ? undefined : body);
}

/** The client's copy is current: If-None-Match wins over If-Modified-Since (RFC 9110). */
function isUnchangedFor(
  request: http.IncomingHttpHeaders,
  kept: http.OutgoingHttpHeaders,
): boolean {
  if (request["if-none-match"] !== undefined) {
    return matchesEtag(request["if-none-match"], kept.etag);
  }
  const since = Date.parse(request["if-modified-since"] ?? "");
  const modified = Date.parse(String(kept["last-modified"] ?? ""));
  return !Number.isNaN(since) && !Number.isNaN(modified) && modified <= since;
}

export const UNAVAILABLE_PAGE = `<!doctype html><html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>Back in a moment</title></head><body style="font-family:system-ui,sans-serif;max-width:36rem;margin:6rem auto;padding:0 1rem;color:#1a1f2b"><h1>Back in a moment</h1><p>The site is restarting. Please try again in a few seconds; if you were writing something, go back: your text is still in the form.</p></body></html>`;

/**
 * The not-found page of a language, rendered by Next.js as an ordinary page (a page that calls
 * notFound() gets an empty error shell drawn only by JavaScript instead): `/page-not-found`, or
 * `/be/page-not-found` for an address under /be.
 */
export function notFoundPagePath(requestPath: string): string {
  const { segment } = splitLanguagePrefix(requestPath.split("?", 1)[0] ?? "/");
  return segment === DEFAULT_LANGUAGE_SEGMENT ? NOT_FOUND_PAGE : `/${segment}${NOT_FOUND_PAGE}`;
}
const NOT_FOUND_PAGE = "/page-not-found";
export const IS_NOT_FOUND_PAGE = /^(?:\/[a-z]{2})?\/page-not-found(?:\?|$)/;
