import { writeFile } from "node:fs/promises";
import path from "node:path";
import type { Lang } from "@/lib/i18n/languages";
import { addressKey, fileForKey, siteUrl } from "@/lib/static-export/addresses";
import { cssUrls } from "@/lib/static-export/css";
import { jsonUrls } from "@/lib/static-export/json";
import { type PageFacts, canonicalOf, readPage } from "@/lib/static-export/page-read";
import { parseHtml } from "@/lib/static-export/html-links";
import type { MirrorIndex } from "@/lib/static-export/resolver";
import { xmlUrls } from "@/lib/static-export/xml";

type FileKind = "html" | "css" | "xml" | "json" | "binary";

/** One address fetched whole, its body kept in the staging folder until it is written. */
export type FetchedFile = {
  key: string;
  file: string;
  kind: FileKind;
  staged: string;
  /** Pages only. */
  facts?: PageFacts;
  /** The page on the onion site (the Onion-Location header), when the site has one. */
  onionUrl: string | null;
};

export type CrawlResult = {
  index: MirrorIndex;
  fetched: FetchedFile[];
  /** Addresses linked to that answered with an error: left out, their links unlinked. */
  missing: string[];
  /** The origin the site names itself by (its home page's canonical link): SITE_URL. */
  siteOrigin: string;
};

export type CrawlOptions = {
  /** Where the site answers (the server's own front, or --url). */
  baseUrl: URL;
  stagingDir: string;
  defaultLang?: Lang;
  concurrency?: number;
  /** Stops a crawl that keeps finding addresses (a site with a loop of generated links). */
  maxAddresses?: number;
  onProgress?: (done: number, found: number) => void;
};

/** The server stopped answering (or never did): the export stops, nothing is written. */
export class SiteUnreachableError extends Error {
  override name = "SiteUnreachableError";
}

const SEEDS = ["/", "/sitemap.xml"];
const TIMEOUT_MS = 60_000;

function kindOf(contentType: string): FileKind {
  const type = contentType.split(";")[0]?.trim().toLowerCase() ?? "";
  if (type === "text/html") return "html";
  if (type === "text/css") return "css";
  if (/^(?:application|text)\/(?:[\w.+-]+\+)?xml$/.test(type)) return "xml";
  if (/^application\/(?:[\w.+-]+\+)?json$/.test(type)) return "json";
  return "binary";
}

/** One GET without cookies, as an anonymous reader; a network failure is tried once more. */
async function get(url: URL): Promise<Response> {
  const request = () =>
    fetch(url, {
      redirect: "manual",
      headers: { "user-agent": "campaign-static-export", accept: "*/*" },
      signal: AbortSignal.timeout(TIMEOUT_MS),
    });
  try {
    return await request();
  } catch {
    try {
      return await request();
    } catch (error) {
      throw new SiteUnreachableError(`Nothing answers at ${url.origin}.`, { cause: error });
    }
  }
}

/**
 * Fetches the whole public site from its sitemap and the links of every page, style sheet, feed
 * and JSON file: only the site's own public addresses (see addressKey), each once. Nothing is
 * written to the mirror yet; bodies wait in `stagingDir`.
 */
export async function crawlSite(options: CrawlOptions): Promise<CrawlResult> {
  const { baseUrl, stagingDir } = options;
  const concurrency = options.concurrency ?? 4;
  const maxAddresses = options.maxAddresses ?? 200_000;
  const origins = new Set([baseUrl.origin]);
  let siteOrigin = baseUrl.origin;
  const files = new Map<string, string>();
  const keyOfFile = new Map<string, string>();
  const aliases = new Map<string, string>();
  const fetched: FetchedFile[] = [];
  const missing: string[] = [];
  const seen = new Set<string>();
  const queue: string[] = [];
  let done = 0;

  const enqueue = (key: string | null) => {
    if (key === null || seen.has(key)) return;
    if (seen.size >= maxAddresses) {
      throw new Error(`The site has more than ${maxAddresses} addresses; the export stopped.`);
    }
    seen.add(key);
    queue.push(key);
  };
  const follow = (raw: string, base: URL) => {
    const url = siteUrl(raw, base, origins);
    if (url) enqueue(addressKey(url));
  };

  const visit = async (key: string) => {
    const url = new URL(key, baseUrl);
    const response = await get(url);
    if (response.status >= 300 && response.status < 400) {
      await response.body?.cancel();
      const target = siteUrl(response.headers.get("location") ?? "", url, origins);
      const targetKey = target && addressKey(target);
      if (targetKey && targetKey !== key) {
        aliases.set(key, targetKey);
        enqueue(targetKey);
      } else missing.push(key);
      return;
    }
    const file = fileForKey(key);
    if (response.status !== 200 || !file) {
      await response.body?.cancel();
      missing.push(key);
      return;
    }
    const body = Buffer.from(await response.arrayBuffer());
    const owner = keyOfFile.get(file);
    if (owner) {
      aliases.set(key, owner);
      return;
    }
    keyOfFile.set(file, key);
    files.set(key, file);
    const kind = kindOf(response.headers.get("content-type") ?? "");
    const staged = path.join(stagingDir, String(fetched.length));
    const entry: FetchedFile = {
      key,
      file,
      kind,
      staged,
      onionUrl: response.headers.get("onion-location"),
    };
    fetched.push(entry);
    await writeFile(staged, body);
    if (kind === "binary") return;
    const text = body.toString("utf8");
    if (kind === "html") {
      const page = readPage(text, options.defaultLang ?? "en");
      entry.facts = page.facts;
      for (const raw of page.urls) follow(raw, url);
    } else if (kind === "css") {
      for (const raw of cssUrls(text)) follow(raw, url);
    } else if (kind === "xml") {
      for (const raw of xmlUrls(text, origins)) follow(raw, url);
    } else {
      for (const raw of jsonUrls(text)) follow(raw, url);
    }
  };

  // The home page names the site's public address (SITE_URL): its links use that origin.
  const home = await get(new URL("/", baseUrl));
  if (home.ok) {
    const canonical = canonicalOf(parseHtml(await home.text()));
    if (canonical && URL.canParse(canonical)) siteOrigin = new URL(canonical).origin;
    origins.add(siteOrigin);
  } else await home.body?.cancel();
  for (const seed of SEEDS) enqueue(seed);

  const running = new Set<Promise<void>>();
  const state: { failure: Error | null } = { failure: null };
  while ((queue.length > 0 || running.size > 0) && state.failure === null) {
    while (queue.length > 0 && running.size < concurrency) {
      const key = queue.shift()!;
      const task: Promise<void> = visit(key)
        .catch((error: unknown) => {
          state.failure ??= error instanceof Error ? error : new Error(String(error));
        })
        .finally(() => {
          running.delete(task);
          done += 1;
          options.onProgress?.(done, seen.size);
        });
      running.add(task);
    }
    if (running.size > 0) await Promise.race(running);
  }
  await Promise.all(running);
  if (state.failure) throw state.failure;
  fetched.sort((a, b) => (a.file < b.file ? -1 : a.file > b.file ? 1 : 0));
  return { index: { origins, files, aliases }, fetched, missing: missing.sort(), siteOrigin };
}
