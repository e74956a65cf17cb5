import "server-only";
import { cachedQuery } from "@/lib/cache";
import { cacheTags } from "@/lib/cache-tags";
import { getDb } from "@/lib/db";
import type { TextsByLanguage } from "@/lib/people/record";
import { LETTERS_SETTING_KEY, readLetterGuidance } from "@/lib/people/schemas";

/**
 * The letter-writing guidance by language code: one piece of advice per line (split on "\n";
 * pick a language with `textIn` from lib/people/record.ts). Revalidated with the people.
 */
export const getLetterGuidance = cachedQuery(
  async (): Promise<TextsByLanguage> => {
    const row = await getDb().setting.findUnique({
      where: { key: LETTERS_SETTING_KEY },
      select: { value: true },
    });
    return readLetterGuidance(row?.value);
  },
  "getLetterGuidance",
  [cacheTags.people],
);
