import { unstable_cache } from "next/cache";
import { cache } from "react";
import { isInsideNextServer } from "@/lib/env";

type Tags<Args extends unknown[]> = readonly string[] | ((...args: Args) => readonly string[]);

/**
 * A public read cached in Next's data cache under `tags` (a list, or a function of the arguments
 * for per-item tags), so writes revalidate it. Outside a Next server (scripts, integration tests)
 * there is no cache: the query simply runs. Only cache reads whose arguments come from stored
 * content, never a key a visitor chose (look such a key up uncached first). Within one render,
 * React's `cache` answers repeated calls (a layout, its page and their metadata all read the
 * settings) without going back to the data cache.
 */
export function cachedQuery<Args extends unknown[], Result>(
  query: (...args: Args) => Promise<Result>,
  key: string,
  tags: Tags<Args>,
  options: { revalidate?: number } = {},
): (...args: Args) => Promise<Result> {
  if (typeof tags !== "function") {
    const cached = cache(unstable_cache(query, [key], { tags: [...tags], ...options }));
    return (...args) => (isInsideNextServer() ? cached(...args) : query(...args));
  }
  const cached = cache((...args: Args) =>
    unstable_cache(() => query(...args), [key, JSON.stringify(args)], {
      tags: [...tags(...args)],
      ...options,
    })(),
  );
  return (...args) => (isInsideNextServer() ? cached(...args) : query(...args));
}
