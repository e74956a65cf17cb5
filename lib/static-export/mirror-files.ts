import { readFile } from "node:fs/promises";
import path from "node:path";
import type { Lang } from "@/lib/i18n/languages";
import { SEARCH_PAGE, relativeHref } from "@/lib/static-export/addresses";
import type { CrawlResult, FetchedFile } from "@/lib/static-export/crawl";
import { rewriteCss } from "@/lib/static-export/css";
import { rewriteJson } from "@/lib/static-export/json";
import { transformPage } from "@/lib/static-export/page";
import { linkRewriter } from "@/lib/static-export/resolver";
import {
  SEARCH_SCRIPT,
  type SearchEntry,
  searchIndexJson,
  searchIndexScript,
} from "@/lib/static-export/search-index";
import type { SearchPageLinks } from "@/lib/static-export/search-page";
import { rewriteXml } from "@/lib/static-export/xml";

/** The mirror's own files, beside the site's: the search script and each language's index. */
const SEARCH_SCRIPT_FILE = "mirror-search.js";
const INDEX_JSON = "search-index.json";
const INDEX_SCRIPT = "search-index.js";

const HOME = /^(?:\/[a-z]{2})?$|^\/$/;
const CATEGORY = /^(?:\/[a-z]{2})?\/category\/[^/?]+$/;

export type MirrorContacts = {
  /**
   * The onion site's address (http://…onion), for servers that send no Onion-Location header;
   * a page's own Onion-Location wins.
   */
  onionAddress?: string | null;
};

type Pages = (FetchedFile & { facts: NonNullable<FetchedFile["facts"]> })[];

function searchFiles(pages: Pages) {
  const byLang = new Map<Lang, { page: FetchedFile; links: SearchPageLinks; index: string }>();
  for (const page of pages) {
    if (!SEARCH_PAGE.test(page.key)) continue;
    const lang = page.facts.lang;
    const folder = path.posix.dirname(page.file);
    const index = path.posix.join(folder, INDEX_JSON);
    const sameLang = pages.filter((other) => other.facts.lang === lang);
    const home = sameLang.find((other) => HOME.test(other.key));
    byLang.set(lang, {
      page,
      index,
      links: {
        scriptHref: relativeHref(page.file, SEARCH_SCRIPT_FILE),
        indexHref: relativeHref(page.file, index),
        indexScriptHref: relativeHref(page.file, path.posix.join(folder, INDEX_SCRIPT)),
        homeHref: relativeHref(page.file, home?.file ?? "index.html"),
        archives: sameLang
          .filter((other) => CATEGORY.test(other.key))
          .map((other) => ({ href: relativeHref(page.file, other.file), title: other.facts.title }))
          .sort((a, b) => a.title.localeCompare(b.title, lang)),
      },
    });
  }
  return byLang;
}

function onionFor(entry: FetchedFile, contacts: MirrorContacts, mainUrl: string): string | null {
  if (entry.onionUrl) return entry.onionUrl;
  if (!contacts.onionAddress) return null;
  const main = new URL(mainUrl);
  return `${contacts.onionAddress.replace(/\/+$/, "")}${main.pathname}${main.search}`;
}

/**
 * Every file of the mirror with its final content: the site's files rewritten
 * (pages without scripts, forms as notes, every link relative) and the search's own files.
 * Contents are made one at a time, so a large site is never in memory whole.
 */
export async function* mirrorFiles(
  crawl: CrawlResult,
  baseUrl: URL,
  contacts: MirrorContacts = {},
): AsyncGenerator<{ file: string; content: Buffer }> {
  const pages = crawl.fetched.filter((entry): entry is Pages[number] => !!entry.facts);
  const search = searchFiles(pages);
  const searchPages = new Map([...search.values()].map((value) => [value.page.key, value.links]));
  const generated = new Map<string, string>([[SEARCH_SCRIPT_FILE, SEARCH_SCRIPT]]);
  for (const [lang, { page, index }] of search) {
    const entries: SearchEntry[] = pages
      .filter((other) => other.facts.isArticle && other.facts.lang === lang)
      .map((other) => ({
        title: other.facts.title,
        excerpt: other.facts.excerpt,
        url: relativeHref(index, other.file),
      }));
    generated.set(index, searchIndexJson(entries));
    generated.set(
      path.posix.join(path.posix.dirname(page.file), INDEX_SCRIPT),
      searchIndexScript(entries),
    );
  }

  for (const entry of crawl.fetched) {
    const raw = await readFile(entry.staged);
    const pageUrl = new URL(entry.key, baseUrl);
    const rewrite = linkRewriter(crawl.index, pageUrl, entry.file);
    const text = () => raw.toString("utf8");
    let content: string | Buffer;
    if (entry.kind === "html" && entry.facts) {
      const mainUrl = entry.facts.canonical ?? pageUrl.href;
      content = transformPage(text(), {
        lang: entry.facts.lang,
        mainUrl,
        onionUrl: onionFor(entry, contacts, mainUrl),
        rewrite,
        search: searchPages.get(entry.key),
      });
    } else if (entry.kind === "css") content = rewriteCss(text(), rewrite);
    else if (entry.kind === "xml") content = rewriteXml(text(), crawl.index.origins, rewrite);
    else if (entry.kind === "json") content = rewriteJson(text(), rewrite);
    else content = raw;
    yield {
      file: entry.file,
      content: typeof content === "string" ? Buffer.from(content) : content,
    };
  }
  const taken = new Set(crawl.fetched.map((entry) => entry.file));
  for (const [file, content] of generated) {
    if (!taken.has(file)) yield { file, content: Buffer.from(content) };
  }
}
