import { unstable_cache } from "next/cache";

/**
 * A public read cached in Next's data cache under `tags`, so writes revalidate it. Outside a Next
 * server (scripts, integration tests) there is no cache: the query simply runs.
 */
export function cachedQuery<Args extends unknown[], Result>(
  query: (...args: Args) => Promise<Result>,
  key: string,
  tags: string[],
): (...args: Args) => Promise<Result> {
  const cached = unstable_cache(query, [key], { tags });
  return async (...args: Args) => {
    try {
      return await cached(...args);
    } catch (error) {
      if (error instanceof Error && error.message.includes("incrementalCache missing"))
        return query(...args);
      throw error;
    }
  };
}
