import http from "node:http";
import { LRUCache } from "lru-cache";
import { cachePolicy } from "@/lib/runtime/cache-policy";
import { type TagHeaderStyle, responseTags, setTagHeaders } from "@/lib/runtime/cache-tag-headers";
import {
  type Encoding,
  chooseEncoding,
  compressStream,
  isCompressibleType,
  mayCompress,
  varyOnEncoding,
  weakEtag,
} from "@/lib/runtime/compression";
import {
  type Entry,
  UNAVAILABLE_PAGE,
  IS_NOT_FOUND_PAGE,
  copyHeaders,
  isDecodablePath,
  notFoundPagePath,
  readAll,
  sendEntry,
} from "@/lib/runtime/front-responses";
import { contentSecurityPolicy, inlineScriptHashes } from "@/lib/runtime/csp";
import {
  isLightRequest,
  lightenHtml,
  markLightEtag,
  unmarkLightEtags,
} from "@/lib/runtime/light-pages";

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
  /** SHARED_CACHE_MAX_AGE: how long shared caches may keep a public page. */
  sharedMaxAge?: number;
  /** Which header names a public answer's cache tags for the shared cache (CACHE_PURGER). */
  tagHeaders?: TagHeaderStyle;
  log?: (line: string) => void;
};

/** The running front: its server, and a way to forget cached public answers after a change. */
export type Front = {
  server: http.Server;
  /** Empties the memory of public pages (a public change was made). */
  purge: () => void;
  /** Cached public answers now held (for tests and figures). */
  cachedPages: () => number;
  close: () => Promise<void>;
};

/**
 * Public pages rendered per request that are the same for every anonymous reader: a search
 * with a query (/search?q=…, /be/search?q=…) and the people list with its filters.
 */
const PER_REQUEST_PUBLIC = /^(?:\/[a-z]{2})?\/(?:search\?|people(?:\?|$))/;
const STATIC_ASSET = /^\/_next\/static\//;

/**
 * The HTTP front of the production server, in front of `next start`:
 * - HTML pages get a Content-Security-Policy that allows their own inline scripts by hash, so
 *   cached pages keep a strict policy without nonces;
 * - everything compressible is sent compressed (brotli or gzip, as the client asks): the
 *   framework's scripts and styles once per file, pages once per cached copy, the rest on the fly;
 * - public pages get a cache policy safe behind a shared cache nobody purges, anything that
 *   depends on who asks is private; with a purger configured, public answers name their cache
 *   tags (Surrogate-Key or Cache-Tag) so the shared cache can drop exactly what a change touched;
 * - cached public pages, feeds and sitemaps (no cookie, no RSC request) are kept in memory for a
 *   moment (a bounded LRU), so a busy page is rendered from Next's cache once per interval rather
 *   than once per reader; `purge()` empties it when the app reports a change to public content;
 * - the client address is taken from the socket (a client cannot pick its rate-limit key), or
 *   from the reverse proxy in front when TRUST_PROXY says there is one.
 */
export function startFront(options: FrontOptions): Promise<Front> {
  const microCacheMs = options.microCacheMs ?? 2_000;
  const hsts = options.siteUrl.startsWith("https://");
  const agent = new http.Agent({ keepAlive: true, maxSockets: 128 });
  const pages = new LRUCache<string, Entry>({
    max: 2_000,
    maxSize: 64 * 1024 * 1024,
    sizeCalculation: (entry) => Math.max(1, entry.body.length),
    ttl: microCacheMs,
  });
  // Built files are named by their content hash: one compressed copy serves every reader.
  const assets = new LRUCache<string, Entry>({
    maxSize: 64 * 1024 * 1024,
    sizeCalculation: (entry) => Math.max(1, entry.body.length * 2),
  });

  /** The server-rendered not-found page in the language of `requestPath`. */
  const fetchNotFoundPage = (requestPath: string) =>
    new Promise<Buffer | null>((resolve) => {
      const request = http.get(
        {
          host: "127.0.0.1",
          port: options.upstreamPort,
          path: notFoundPagePath(requestPath),
          agent,
        },
        (response) => {
          if (response.statusCode !== 200) {
            response.resume();
            return resolve(null);
          }
          readAll(response).then(resolve, () => resolve(null));
        },
      );
      request.on("error", () => resolve(null));
    });

  const sendNotFound = async (
    req: http.IncomingMessage,
    res: http.ServerResponse,
    encoding: Encoding,
  ) => {
    req.resume();
    const found = await fetchNotFoundPage(req.url ?? "/");
    const light = found && isLightRequest(req.url ?? "/", req.headers.cookie);
    const body = light
      ? Buffer.from(lightenHtml(found.toString("utf8")))
      : (found ?? Buffer.from("Not found"));
    const headers: http.OutgoingHttpHeaders = {
      "content-type": "text/html; charset=utf-8",
      "cache-control": "no-store",
      "x-content-type-options": "nosniff",
      "content-security-policy": contentSecurityPolicy(inlineScriptHashes(body.toString("utf8"))),
    };
    await sendEntry(req, res, { status: 404, headers, body, encoded: {}, best: false }, encoding);
  };

  const server = http.createServer((req, res) => {
    const method = req.method ?? "GET";
    const path = req.url ?? "/";
    const isRead = method === "GET" || method === "HEAD";
    const encoding = chooseEncoding(req.headers);
    const cacheKey =
      method === "GET" && !req.headers.cookie && !req.headers.authorization && !req.headers.rsc
        ? path
        : null;
    const isAsset = isRead && STATIC_ASSET.test(path) && !req.headers.range;
    // A reader without a session gets public pages without the framework's JavaScript.
    const light = isRead && !req.headers.rsc && isLightRequest(path, req.headers.cookie);

    // A path that is not valid percent-encoded UTF-8 names nothing; Next.js would fail on it.
    if (!isDecodablePath(path)) return void sendNotFound(req, res, encoding);

    const hit = (cacheKey && pages.get(cacheKey)) || (isAsset ? assets.get(path) : undefined);
    if (hit) return void sendEntry(req, res, hit, encoding);

    const headers: http.OutgoingHttpHeaders = { ...req.headers };
    // Bodies come back uncompressed so HTML can be hashed; the front compresses for the reader.
    delete headers["accept-encoding"];
    const reported = String(req.headers["x-forwarded-for"] ?? "")
      .split(",")[0]
      ?.trim();
    headers["x-forwarded-for"] = (options.trustProxy && reported) || req.socket.remoteAddress || "";
    headers["x-forwarded-proto"] = hsts ? "https" : "http";
    headers["x-forwarded-host"] = req.headers.host ?? "";
    if (light && headers["if-none-match"])
      headers["if-none-match"] = unmarkLightEtags(req.headers["if-none-match"]);
    // An asset is fetched whole, whatever this reader already holds, to fill the cache.
    if (isAsset) {
      delete headers["if-none-match"];
      delete headers["if-modified-since"];
    }

    const upstream = http.request(
      { host: "127.0.0.1", port: options.upstreamPort, method, path, headers, agent },
      (response) => {
        // The not-found page asked for by its own address is still a missing page.
        const status = IS_NOT_FOUND_PAGE.test(path) ? 404 : (response.statusCode ?? 502);
        const type = String(response.headers["content-type"] ?? "");
        const outHeaders = copyHeaders(response.headers, hsts);
        const policy = cachePolicy({
          path,
          cookie: req.headers.cookie,
          contentType: type,
          cacheControl: response.headers["cache-control"],
          sharedMaxAge: options.sharedMaxAge,
        });
        if (policy) outHeaders["cache-control"] = policy;
        setTagHeaders(outHeaders, responseTags(response.headers), {
          style: options.tagHeaders ?? null,
          shared: /^public\b/.test(String(outHeaders["cache-control"] ?? "")),
        });

        const isHtml = type.startsWith("text/html");
        // The light page is another body: another ETag, or none.
        if (light && isHtml) outHeaders.etag = markLightEtag(outHeaders.etag);
        if (outHeaders.etag === undefined) delete outHeaders.etag;
        // Pages, feeds and sitemaps Next.js serves from its cache are kept a moment in memory,
        // and so are a search's results and the people list: rendered per request, they are the
        // same for every anonymous reader, and a name in the news is searched by many at once.
        const isCachedPublic =
          cacheKey !== null &&
          status === 200 &&
          (/s-maxage/.test(String(response.headers["cache-control"] ?? "")) ||
            (isHtml && PER_REQUEST_PUBLIC.test(path))) &&
          !response.headers["set-cookie"];
        if ((isHtml || isCachedPublic || (isAsset && status === 200)) && method === "GET") {
          return void readAll(response).then(
            async (received) => {
              let body = received;
              // Every missing page is the site's own, in the address's language: Next.js's
              // error shell (drawn only by JavaScript) and its bare 404 page are replaced.
              if (status === 404 && isHtml && !IS_NOT_FOUND_PAGE.test(path)) {
                body = (await fetchNotFoundPage(path)) ?? body;
                delete outHeaders.etag;
                outHeaders["cache-control"] = "no-store";
                setTagHeaders(outHeaders, [], { style: null, shared: false });
              }
              if (isHtml && light) body = Buffer.from(lightenHtml(body.toString("utf8")));
              if (isHtml) {
                outHeaders["content-security-policy"] = contentSecurityPolicy(
                  inlineScriptHashes(body.toString("utf8")),
                );
              }
              const entry: Entry = {
                status,
                headers: outHeaders,
                body,
                encoded: {},
                best: !isHtml,
              };
              if (cacheKey && isCachedPublic) pages.set(cacheKey, entry);
              if (isAsset && isCompressibleType(type)) assets.set(path, entry);
              void sendEntry(req, res, entry, encoding);
            },
            () => res.destroy(),
          );
        }
        if (
          encoding !== "identity" &&
          mayCompress({ method, headers: req.headers }, status, response.headers)
        ) {
          outHeaders["content-encoding"] = encoding;
          outHeaders.vary = varyOnEncoding(outHeaders.vary);
          const etag = weakEtag(outHeaders.etag);
          if (etag) outHeaders.etag = etag;
          delete outHeaders["accept-ranges"];
          res.writeHead(status, outHeaders);
          if (method === "HEAD") return void res.end();
          response.pipe(compressStream(encoding)).pipe(res);
          return;
        }
        if (status === 304 || isCompressibleType(type)) {
          outHeaders.vary = varyOnEncoding(outHeaders.vary);
        }
        if (status === 304 && encoding !== "identity") {
          const etag = weakEtag(outHeaders.etag);
          if (etag) outHeaders.etag = etag;
        }
        if (response.headers["content-length"]) {
          outHeaders["content-length"] = response.headers["content-length"];
        }
        res.writeHead(status, outHeaders);
        response.pipe(res);
      },
    );
    upstream.on("error", (error) => {
      options.log?.(`Upstream request failed: ${error.message}`);
      if (res.headersSent) return res.destroy();
      res.writeHead(503, {
        "content-type": "text/html; charset=utf-8",
        "retry-after": "5",
        "cache-control": "no-store",
      });
      res.end(UNAVAILABLE_PAGE);
    });
    req.pipe(upstream);
  });

  return new Promise((resolve, reject) => {
    server.once("error", reject);
    server.listen(options.port, () =>
      resolve({
        server,
        purge: () => pages.clear(),
        cachedPages: () => pages.size,
        close: () =>
          new Promise((done) => {
            server.close(() => done());
            server.closeAllConnections();
          }),
      }),
    );
  });
}
