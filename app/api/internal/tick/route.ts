import { publishDueArticles } from "@/lib/articles/scheduler";
import { purgeExpiredCommentData } from "@/lib/comments/moderation";
import { pruneRateLimits } from "@/lib/rate-limit";
import { pruneSignInRecords } from "@/lib/auth/tickets";
import { createDayWatcher } from "@/lib/people/midnight";
import { runPetitionUpkeep } from "@/lib/petitions/upkeep";
import { todayIn } from "@/lib/people/days";
import {
  revalidateArticle,
  revalidateEverything,
  revalidatePeople,
  revalidatePetitions,
} from "@/lib/revalidate";
import { startImportRunner } from "@/lib/import/wordpress/job-runner";
import { startStaticExportRunner } from "@/lib/static-export/job-runner";
import { hasImportFinishedSinceLastLook } from "@/lib/import/wordpress/refresh";
import { getSiteSettings } from "@/lib/settings/queries";
import { forgetRecentSearches } from "@/lib/search/queries";
import { hasTickToken } from "@/lib/runtime/ticker";
import { LOCK_BUSY, withAdvisoryLock } from "@/lib/cluster/advisory-lock";
import { currentDatabaseUrl } from "@/lib/env";
import { refreshSearchLexiconIfChanged } from "@/lib/search/lexicon";
import { retryPendingPurges } from "@/lib/cache-purge/queue";

export const dynamic = "force-dynamic";

const HOUR_MS = 60 * 60 * 1000;
let lastHousekeeping = 0;
const dayChanged = createDayWatcher();

async function isStartup(request: Request): Promise<boolean> {
  const body = (await request.json().catch(() => null)) as { startup?: unknown } | null;
  return body?.startup === true;
}

// "schedule" as a number: the key only the scheduled work uses.
const SCHEDULE_LOCK_KEY = 0x7363686564756c65n;

/**
 * The work that must be done once per tick across every instance, whichever holds the lock:
 * publishes what is due, re-renders the people's pages at midnight in the site's time zone,
 * closes petitions past their end date and deletes signers' data past its retention, and,
 * hourly, clears expired rate-limit windows, used form tokens and commenters' IP hashes past
 * their retention; retries the shared-cache purges that failed. What it changes is revalidated on
 * every instance (lib/revalidate.ts).
 */
async function runScheduledWork(): Promise<string[]> {
  const published = await publishDueArticles();
  for (const id of published) revalidateArticle(id);
  if (dayChanged(todayIn((await getSiteSettings()).timeZone))) revalidatePeople();
  const upkeep = await runPetitionUpkeep();
  if (upkeep.closed.length > 0 || upkeep.erased.length > 0) revalidatePetitions();
  await retryPendingPurges();
  if (Date.now() - lastHousekeeping > HOUR_MS) {
    lastHousekeeping = Date.now();
    await Promise.all([pruneRateLimits(), purgeExpiredCommentData(), pruneSignInRecords()]);
  }
  return published;
}

/**
 * Called by this server's own ticker and supervisor only. Per instance: at startup (before
 * readers are let in) every cached public page is marked stale; after an import finished (a
 * staff job on any instance, or the command line) every public page is refreshed; queued imports
 * start (each job is claimed by one instance); the search lexicon is refreshed when published
 * content changed. Once across instances: runScheduledWork, under a PostgreSQL advisory lock that
 * an instance busy with it keeps the others out of.
 */
export async function POST(request: Request) {
  if (!hasTickToken(request)) return new Response("Not found", { status: 404 });
  if (await isStartup(request)) revalidateEverything({ here: true });
  // An import (a staff job here or elsewhere, or the command line) wrote outside any request.
  if (await hasImportFinishedSinceLastLook()) revalidateEverything();
  // Queued imports and exports (and one whose server died) start in the background; never
  // awaited here.
  startImportRunner();
  startStaticExportRunner();
  const databaseUrl = currentDatabaseUrl();
  const result = databaseUrl
    ? await withAdvisoryLock(databaseUrl, SCHEDULE_LOCK_KEY, runScheduledWork)
    : await runScheduledWork();
  // Other spellings of names are found through the words of what is published.
  if (await refreshSearchLexiconIfChanged()) forgetRecentSearches();
  return Response.json({ published: result === LOCK_BUSY ? [] : result });
}
