import { timingSafeEqual } from "node:crypto";
import { publishDueArticles } from "@/lib/articles/scheduler";
import { purgeExpiredCommentData } from "@/lib/comments/moderation";
import { pruneRateLimits } from "@/lib/rate-limit";
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
import { hasImportFinishedSinceLastLook } from "@/lib/import/wordpress/refresh";
import { getSiteSettings } from "@/lib/settings/queries";
import { forgetRecentSearches } from "@/lib/search/queries";
import { getTickToken } from "@/lib/runtime/ticker";
import { refreshSearchLexiconIfChanged } from "@/lib/search/lexicon";

export const dynamic = "force-dynamic";

const HOUR_MS = 60 * 60 * 1000;
let lastHousekeeping = 0;
const dayChanged = createDayWatcher();

function isOwnTicker(request: Request): boolean {
  const given = Buffer.from(request.headers.get("x-tick-token") ?? "");
  const expected = Buffer.from(getTickToken());
  return given.length === expected.length && timingSafeEqual(given, expected);
}

async function isStartup(request: Request): Promise<boolean> {
  const body = (await request.json().catch(() => null)) as { startup?: unknown } | null;
  return body?.startup === true;
}

/**
 * Starts queued WordPress imports and refreshes every public page after one finished, publishes what is due, re-renders the people's pages at midnight in the site's time zone, closes
 * petitions past their end date and deletes signers' data past its retention, refreshes the search lexicon when published content changed, and, hourly, clears expired rate-limit windows, used form tokens and
 * commenters' IP hashes past their retention. At startup (called by `npm start` before readers
 * are let in) it also marks every cached public page stale. Only the server's own ticker and
 * supervisor may call it.
 */
export async function POST(request: Request) {
  if (!isOwnTicker(request)) return new Response("Not found", { status: 404 });
  // An import (a staff job here or elsewhere, or the command line) wrote outside any request.
  const isImported = await hasImportFinishedSinceLastLook();
  if ((await isStartup(request)) || isImported) revalidateEverything();
  // Queued imports (and one whose server died) start in the background; never awaited here.
  startImportRunner();
  const published = await publishDueArticles();
  for (const id of published) revalidateArticle(id);
  // Midnight in the site's time zone: every day count and "birthday soon" moves on.
  if (dayChanged(todayIn((await getSiteSettings()).timeZone))) revalidatePeople();
  // Petitions past their end date close; signers' data past its retention is deleted.
  const upkeep = await runPetitionUpkeep();
  if (upkeep.closed.length > 0 || upkeep.erased.length > 0) revalidatePetitions();
  // Other spellings of names are found through the words of what is published.
  if (await refreshSearchLexiconIfChanged()) forgetRecentSearches();
  if (Date.now() - lastHousekeeping > HOUR_MS) {
    lastHousekeeping = Date.now();
    await Promise.all([pruneRateLimits(), purgeExpiredCommentData()]);
  }
  return Response.json({ published });
}
