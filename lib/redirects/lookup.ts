import "server-only";
import { LRUCache } from "lru-cache";
import { getDb } from "@/lib/db";
import type { Lang } from "@/lib/i18n/languages";
import { normalizeRedirectPath } from "@/lib/redirects/paths";
import { redirectTargetPath, redirectTargetSelect } from "@/lib/redirects/targets";
import { SETTING_KEYS, readSiteSettings } from "@/lib/settings/schemas";

/** How long an answer (a target, a miss, the site's pages) is reused before asking again. */
const LOOKUP_TTL_MS = 10_000;
/** Hits are written together, this long after the first one not yet written. */
const HIT_FLUSH_MS = 5_000;

type Found = { id: string; target: string } | null;
/** The site's default language and its published pages, as `<lang>:<slug>`. */
type SiteFacts = { defaultLang: Lang; pages: Set<string> };

type Store = {
  lookups: LRUCache<string, { found: Promise<Found> }>;
  site: { expires: number; facts: Promise<SiteFacts> } | null;
  hits: Map<string, { count: number; at: Date }>;
  flushing: ReturnType<typeof setTimeout> | null;
};

// On globalThis: the proxy and the server actions are bundled apart but run in one process, and
// a staff write must reach the proxy's memory at once (forgetRedirectLookups).
const globalStore = globalThis as unknown as { campaignRedirects?: Store };

function store(): Store {
  globalStore.campaignRedirects ??= {
    // Misses are kept too, so a flood of junk paths costs one query per path per 10 s; the
    // bound keeps a flood of distinct paths from growing memory.
    lookups: new LRUCache({ max: 20_000, ttl: LOOKUP_TTL_MS }),
    site: null,
    hits: new Map(),
    flushing: null,
  };
  return globalStore.campaignRedirects;
}

async function loadSiteFacts(): Promise<SiteFacts> {
  const db = getDb();
  const [setting, pages] = await Promise.all([
    db.setting.findUnique({ where: { key: SETTING_KEYS.site }, select: { value: true } }),
    db.article.findMany({
      // publishedWhere() of lib/articles/queries, which the proxy's bundle does better without.
      where: { kind: "PAGE", status: "PUBLISHED", publishedAt: { lte: new Date() } },
      select: { slug: true, language: true },
    }),
  ]);
  return {
    defaultLang: readSiteSettings(setting?.value).defaultLanguage,
    pages: new Set(pages.map((page) => pageKey(page.language, page.slug))),
  };
}

const pageKey = (lang: string, slug: string) => `${lang}:${slug.toLowerCase().normalize("NFC")}`;

/** The default language and published pages, read at most once per 10 s by all requests. */
function siteFacts(): Promise<SiteFacts> {
  const memory = store();
  if (!memory.site || memory.site.expires <= Date.now()) {
    const facts = loadSiteFacts();
    memory.site = { expires: Date.now() + LOOKUP_TTL_MS, facts };
    facts.catch(() => {
      if (memory.site?.facts === facts) memory.site = null;
    });
  }
  return memory.site.facts;
}

/**
 * Whether a published background page has this slug in this language (`lang` null: the default
 * language). From memory: asking costs no query per request.
 */
export async function isPublishedPage(lang: Lang | null, slug: string): Promise<boolean> {
  const facts = await siteFacts();
  return facts.pages.has(pageKey(lang ?? facts.defaultLang, slug));
}

async function findTarget(fromPath: string): Promise<Found> {
  const row = await getDb().redirect.findUnique({
    where: { fromPath },
    select: { id: true, ...redirectTargetSelect },
  });
  if (!row) return null;
  const { defaultLang } = await siteFacts();
  const target = redirectTargetPath(row, defaultLang, { publicOnly: true });
  // A target that is the old address itself (an article renamed back to it) would loop.
  if (!target || normalizeRedirectPath(target) === fromPath) return null;
  return { id: row.id, target };
}

/**
 * Where an old address (normalized, see normalizeRedirectPath) leads now, or null: none stored,
 * an unpublished article, an unsafe stored path. Answers are kept 10 s (misses too); concurrent
 * asks for one path share one query.
 */
export function findRedirectTarget(fromPath: string): Promise<Found> {
  const { lookups } = store();
  const kept = lookups.get(fromPath);
  if (kept) return kept.found;
  const found = findTarget(fromPath);
  lookups.set(fromPath, { found });
  found.catch(() => {
    if (lookups.get(fromPath)?.found === found) lookups.delete(fromPath);
  });
  return found;
}

/** Forgets every kept answer: after a staff change, the next request reads the database. */
export function forgetRedirectLookups(): void {
  const memory = store();
  memory.lookups.clear();
  memory.site = null;
}

/** Counts a redirect that was followed; written a few seconds later with others, never awaited. */
export function recordRedirectHit(id: string, at = new Date()): void {
  const memory = store();
  const hit = memory.hits.get(id);
  memory.hits.set(id, { count: (hit?.count ?? 0) + 1, at });
  if (memory.flushing) return;
  memory.flushing = setTimeout(() => void flushRedirectHits(), HIT_FLUSH_MS);
  memory.flushing.unref?.();
}

/** Writes the hits counted so far (each redirect: hits + n, lastHitAt); a failure loses them. */
export async function flushRedirectHits(): Promise<void> {
  const memory = store();
  if (memory.flushing) clearTimeout(memory.flushing);
  memory.flushing = null;
  const hits = [...memory.hits];
  memory.hits.clear();
  if (hits.length === 0) return;
  const db = getDb();
  try {
    await db.$transaction(
      hits.map(([id, { count, at }]) =>
        // updateMany: a redirect deleted meanwhile is simply skipped.
        db.redirect.updateMany({
          where: { id },
          data: { hits: { increment: count }, lastHitAt: at },
        }),
      ),
    );
  } catch (error) {
    console.error("[redirects] could not write hit counts", error);
  }
}
