import type { IncomingHttpHeaders, OutgoingHttpHeaders } from "node:http";
import type { Transform } from "node:stream";
import { promisify } from "node:util";
import zlib from "node:zlib";
import compressible from "compressible";
import Negotiator from "negotiator";

export type Encoding = "br" | "gzip" | "identity";

const OFFERED: Encoding[] = ["br", "gzip", "identity"];

/** The best encoding the client accepts (q-values honoured, brotli first); none when unasked. */
export function chooseEncoding(headers: IncomingHttpHeaders): Encoding {
  if (!headers["accept-encoding"]) return "identity";
  // negotiator 1.x takes a preference order for equal q-values; its published types predate it.
  const negotiator = new Negotiator({ headers }) as unknown as {
    encoding(available: Encoding[], options: { preferred: Encoding[] }): Encoding | undefined;
  };
  return negotiator.encoding(OFFERED, { preferred: OFFERED }) ?? "identity";
}

/** Bodies smaller than this are sent as they are: compressing them saves nothing. */
const MIN_COMPRESS_BYTES = 1024;

/**
 * Whether a body of this type is worth compressing: text, scripts, styles, JSON, XML, feeds and
 * SVG. Other images, fonts and archives are compressed already.
 */
export function isCompressibleType(contentType: string | undefined): boolean {
  if (!contentType) return false;
  const type = contentType.split(";")[0]!.trim().toLowerCase();
  if (type.startsWith("image/")) return type === "image/svg+xml";
  return compressible(type) === true;
}

/** Whether a response from upstream may be compressed on its way to this client. */
export function mayCompress(
  request: { method: string; headers: IncomingHttpHeaders },
  status: number,
  headers: IncomingHttpHeaders,
): boolean {
  if (request.headers.range || status === 206 || status === 204 || status === 304) return false;
  if (headers["content-encoding"] && headers["content-encoding"] !== "identity") return false;
  if (/\bno-transform\b/i.test(String(headers["cache-control"] ?? ""))) return false;
  const length = Number(headers["content-length"]);
  if (Number.isFinite(length) && headers["content-length"] !== undefined) {
    if (length < MIN_COMPRESS_BYTES) return false;
  }
  return isCompressibleType(headers["content-type"]);
}

const BROTLI_FAST = { params: { [zlib.constants.BROTLI_PARAM_QUALITY]: 5 } };
const BROTLI_BEST = {
  params: {
    [zlib.constants.BROTLI_PARAM_QUALITY]: zlib.constants.BROTLI_MAX_QUALITY,
    [zlib.constants.BROTLI_PARAM_MODE]: zlib.constants.BROTLI_MODE_TEXT,
  },
};
const brotli = promisify(zlib.brotliCompress);
const gzip = promisify(zlib.gzip);

/** A whole body compressed once: `best` for files that never change, fast for pages. */
export async function compressBody(
  body: Buffer,
  encoding: Exclude<Encoding, "identity">,
  { best = false }: { best?: boolean } = {},
): Promise<Buffer> {
  if (encoding === "br") return brotli(body, best ? BROTLI_BEST : BROTLI_FAST);
  return gzip(body, { level: best ? 9 : 6 });
}

/**
 * A compressing stream for a body that arrives in pieces (feeds, sitemaps, JSON, streamed
 * framework data). Each piece is flushed as it comes, so nothing waits for the end to be seen.
 */
export function compressStream(encoding: Exclude<Encoding, "identity">): Transform {
  return encoding === "br"
    ? zlib.createBrotliCompress({
        flush: zlib.constants.BROTLI_OPERATION_FLUSH,
        params: { [zlib.constants.BROTLI_PARAM_QUALITY]: 4 },
      })
    : zlib.createGzip({ level: 6, flush: zlib.constants.Z_SYNC_FLUSH });
}

/** Adds Accept-Encoding to a Vary header, keeping what it already names. */
export function varyOnEncoding(vary: OutgoingHttpHeaders["vary"]): string {
  const names = String(vary ?? "")
    .split(",")
    .map((name) => name.trim())
    .filter(Boolean);
  if (!names.some((name) => name.toLowerCase() === "accept-encoding")) {
    names.push("Accept-Encoding");
  }
  return names.join(", ");
}

/** A compressed body is another representation: its validator must not claim byte equality. */
export function weakEtag(etag: OutgoingHttpHeaders["etag"]): string | undefined {
  if (typeof etag !== "string" || etag === "") return undefined;
  return etag.startsWith("W/") ? etag : `W/${etag}`;
}

/** If-None-Match against an ETag, compared weakly (RFC 9110 §13.1.2). */
export function matchesEtag(ifNoneMatch: string | undefined, etag: string | undefined): boolean {
  if (!ifNoneMatch || !etag) return false;
  if (ifNoneMatch.trim() === "*") return true;
  const bare = (tag: string) => tag.trim().replace(/^W\//, "");
  return ifNoneMatch.split(",").some((tag) => bare(tag) === bare(etag));
}
