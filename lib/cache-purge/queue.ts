import { getDb } from "@/lib/db";
import { getEnv } from "@/lib/env";
import type { PrismaClient } from "@/lib/generated/prisma/client";
import { type Purger, purgerFromEnv } from "@/lib/cache-purge/purgers";

/**
 * Why a second purge a moment after the first: a shared cache that refetched a page from another
 * instance before that instance heard of the change (lib/cluster/broadcast.ts; milliseconds,
 * usually) would keep the old page. The second purge drops it once every instance has it.
 */
const SECOND_PURGE_MS = 1_000;
/** A failed purge is retried after 30 s, then twice as long each time up to an hour. */
const FIRST_RETRY_MS = 30_000;
const LONGEST_RETRY_MS = 60 * 60 * 1000;
/** Past a day (Varnish's grace), nothing a purge would drop is still served: the row goes. */
const GIVE_UP_AFTER_MS = 24 * 60 * 60 * 1000;

function retryDelay(attempts: number): number {
  return Math.min(LONGEST_RETRY_MS, FIRST_RETRY_MS * 2 ** Math.max(0, attempts - 1));
}

interface Options {
  purger?: Purger | null;
  db?: PrismaClient;
}

let configured: Purger | null | undefined;
function defaultPurger(): Purger | null {
  if (configured === undefined) configured = purgerFromEnv(getEnv());
  return configured;
}

async function remember(db: PrismaClient, tags: readonly string[], error: Error): Promise<void> {
  await db.pendingPurge
    .create({
      data: {
        tags: [...tags],
        attempts: 1,
        lastError: error.message.slice(0, 500),
        nextAttemptAt: new Date(Date.now() + retryDelay(1)),
      },
    })
    .catch((failure: unknown) =>
      console.error(
        `[purge] Could not keep a failed purge to retry: ${(failure as Error).message}`,
      ),
    );
}

/**
 * Tells the shared cache in front (CACHE_PURGER) to drop every response tagged with `tags`: now,
 * and again SECOND_PURGE_MS later. Never throws and never delays the write that called it; a
 * failure is logged and kept in PendingPurge, which the scheduled work retries. Resolves when
 * both attempts are over (tests wait for it; the app does not).
 */
export function purgeCacheTags(tags: readonly string[], options: Options = {}): Promise<void> {
  const purger = options.purger === undefined ? defaultPurger() : options.purger;
  if (!purger || tags.length === 0) return Promise.resolve();
  const unique = [...new Set(tags)].sort();
  const attempt = () =>
    purger.purge(unique).then(
      () => true,
      async (error: Error) => {
        console.error(
          `[purge] ${purger.name} (${unique.join(" ")}): ${error.message}; retried later`,
        );
        await remember(options.db ?? getDb(), unique, error);
        return false;
      },
    );
  return attempt().then(async (done) => {
    if (!done) return;
    await new Promise((resolve) => setTimeout(resolve, SECOND_PURGE_MS));
    await attempt();
  });
}

/**
 * Retries the purges that failed and are due, together in one purge of their tags: rows go when
 * it succeeds, and wait twice as long when it fails. Runs in the scheduled work, once across
 * instances. Returns how many rows were purged and how many were given up as too old.
 */
export async function retryPendingPurges(
  options: Options & { now?: Date } = {},
): Promise<{ purged: number; abandoned: number }> {
  const purger = options.purger === undefined ? defaultPurger() : options.purger;
  const db = options.db ?? getDb();
  const now = options.now ?? new Date();
  const old = await db.pendingPurge.deleteMany({
    where: { createdAt: { lt: new Date(now.getTime() - GIVE_UP_AFTER_MS) } },
  });
  if (old.count > 0) console.error(`[purge] Gave up on ${old.count} purges that failed for a day`);
  if (!purger) return { purged: 0, abandoned: old.count };
  const due = await db.pendingPurge.findMany({
    where: { nextAttemptAt: { lte: now } },
    orderBy: { createdAt: "asc" },
    take: 100,
  });
  if (due.length === 0) return { purged: 0, abandoned: old.count };
  const ids = due.map((row) => row.id);
  const tags = [...new Set(due.flatMap((row) => row.tags))].sort();
  try {
    await purger.purge(tags);
  } catch (error) {
    const message = (error as Error).message.slice(0, 500);
    console.error(
      `[purge] ${purger.name}: retry of ${due.length} failed purges failed: ${message}`,
    );
    await db.$transaction(
      due.map((row) =>
        db.pendingPurge.update({
          where: { id: row.id },
          data: {
            attempts: row.attempts + 1,
            lastError: message,
            nextAttemptAt: new Date(now.getTime() + retryDelay(row.attempts + 1)),
          },
        }),
      ),
    );
    return { purged: 0, abandoned: old.count };
  }
  await db.pendingPurge.deleteMany({ where: { id: { in: ids } } });
  return { purged: due.length, abandoned: old.count };
}
