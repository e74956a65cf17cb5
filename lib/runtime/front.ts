import http from "node:http";
import { gzipSync } from "node:zlib";
import { contentSecurityPolicy, inlineScriptHashes } from "@/lib/runtime/csp";

export type FrontOptions = {
  /** Where readers connect. */
  port: number;
  /** Where `next start` listens (127.0.0.1). */
  upstreamPort: number;
  /** The public address; https turns on HSTS. */
  siteUrl: string;
  /** How long a cached public page is served from memory before Next is asked again. */
  microCacheMs?: number;
  /** Behind a reverse proxy (TRUST_PROXY=true): take the client address it reports. */
  trustProxy?: boolean;
  log?: (line: string) => void;
};

type Entry = {
  status: number;
  headers: http.OutgoingHttpHeaders;
  body: Buffer;
  gzip: Buffer;
  expires: number;
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
const MAX_ENTRIES = 2_000;
const STAFF_SESSION_COOKIE = /(?:^|;\s*)(?:__Secure-)?authjs\.session-token=/;

/**
 * The HTTP front of the production server, in front of `next start`:
 * - HTML pages get a Content-Security-Policy that allows their own inline scripts by hash, so
 *   cached pages keep a strict policy without nonces;
 * - cached public pages (no cookie, no RSC request) are kept in memory for a moment, so a busy
 *   page is rendered from Next's cache once per interval rather than once per reader; a
 *   successful write by signed-in staff empties that memory at once;
 * - the client address is taken from the socket (a client cannot pick its rate-limit key), or
 *   from the reverse proxy in front when TRUST_PROXY says there is one.
 */
export function startFront(options: FrontOptions): Promise<http.Server> {
  const microCacheMs = options.microCacheMs ?? 2_000;
  const hsts = options.siteUrl.startsWith("https://");
  const agent = new http.Agent({ keepAlive: true, maxSockets: 128 });
  const cache = new Map<string, Entry>();

  const server = http.createServer((req, res) => {
    const method = req.method ?? "GET";
    const isRead = method === "GET" || method === "HEAD";
    const cacheKey =
      method === "GET" && !req.headers.cookie && !req.headers.authorization && !req.headers.rsc
        ? (req.url ?? "/")
        : null;
    const acceptsGzip = /\bgzip\b/.test(String(req.headers["accept-encoding"] ?? ""));
    // Staff writes (publish, edit, moderate) must show at once. Readers' writes (a comment that
    // waits for moderation) change no public page, or one the writer sees live anyway; the
    // 2-second lifetime bounds the rest, and a comment flood cannot keep emptying the cache.
    const isStaffRequest = STAFF_SESSION_COOKIE.test(String(req.headers.cookie ?? ""));

    const hit = cacheKey ? cache.get(cacheKey) : undefined;
    if (hit && hit.expires > Date.now()) return sendBuffered(res, hit, acceptsGzip);

    const headers: http.OutgoingHttpHeaders = { ...req.headers };
    // Bodies come back uncompressed so HTML can be hashed; the front compresses for the reader.
    delete headers["accept-encoding"];
    const reported = String(req.headers["x-forwarded-for"] ?? "")
      .split(",")[0]
      ?.trim();
    headers["x-forwarded-for"] = (options.trustProxy && reported) || req.socket.remoteAddress || "";
    headers["x-forwarded-proto"] = hsts ? "https" : "http";
    headers["x-forwarded-host"] = req.headers.host ?? "";

    const upstream = http.request(
      { host: "127.0.0.1", port: options.upstreamPort, method, path: req.url, headers, agent },
      (response) => {
        const status = response.statusCode ?? 502;
        if (!isRead && status < 400 && isStaffRequest) cache.clear();
        const type = String(response.headers["content-type"] ?? "");
        const outHeaders = copyHeaders(response.headers, hsts);
        if (!type.startsWith("text/html") || method === "HEAD") {
          res.writeHead(status, outHeaders);
          response.pipe(res);
          return;
        }
        const chunks: Buffer[] = [];
        response.on("data", (chunk: Buffer) => chunks.push(chunk));
        response.on("end", () => {
          const body = Buffer.concat(chunks);
          outHeaders["content-security-policy"] = contentSecurityPolicy(
            inlineScriptHashes(body.toString("utf8")),
          );
          const entry: Entry = {
            status,
            headers: outHeaders,
            body,
            gzip: gzipSync(body),
            expires: Date.now() + microCacheMs,
          };
          const isCachedPage =
            /s-maxage/.test(String(response.headers["cache-control"] ?? "")) &&
            !response.headers["set-cookie"];
          if (cacheKey && status === 200 && isCachedPage) {
            if (cache.size >= MAX_ENTRIES) cache.clear();
            cache.set(cacheKey, entry);
          }
          sendBuffered(res, entry, acceptsGzip);
        });
        response.on("error", () => res.destroy());
      },
    );
    upstream.on("error", (error) => {
      options.log?.(`Upstream request failed: ${error.message}`);
      if (res.headersSent) return res.destroy();
      res.writeHead(503, { "content-type": "text/html; charset=utf-8", "retry-after": "5" });
      res.end(UNAVAILABLE_PAGE);
    });
    req.pipe(upstream);
  });

  return new Promise((resolve, reject) => {
    server.once("error", reject);
    server.listen(options.port, () => resolve(server));
  });
}

function copyHeaders(source: http.IncomingHttpHeaders, hsts: boolean): http.OutgoingHttpHeaders {
  const headers: http.OutgoingHttpHeaders = {};
  for (const [name, value] of Object.entries(source)) {
    if (value !== undefined && !HOP_BY_HOP.has(name)) headers[name] = value;
  }
  if (hsts) headers["strict-transport-security"] = "max-age=31536000; includeSubDomains";
  return headers;
}

function sendBuffered(res: http.ServerResponse, entry: Entry, acceptsGzip: boolean) {
  const body = acceptsGzip ? entry.gzip : entry.body;
  res.writeHead(entry.status, {
    ...entry.headers,
    ...(acceptsGzip ? { "content-encoding": "gzip" } : {}),
    vary: entry.headers.vary ? String(entry.headers.vary) : "Accept-Encoding",
    "content-length": body.length,
  });
  res.end(body);
}

const UNAVAILABLE_PAGE = `<!doctype html><html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>Back in a moment</title></head><body style="font-family:system-ui,sans-serif;max-width:36rem;margin:6rem auto;padding:0 1rem;color:#1a1f2b"><h1>Back in a moment</h1><p>The site is restarting. Please try again in a few seconds; if you were writing something, go back: your text is still in the form.</p></body></html>`;
