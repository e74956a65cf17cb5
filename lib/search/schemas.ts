import { z } from "zod";
import { cleanVisitorText } from "@/lib/http/params";

export const MAX_QUERY_LENGTH = 200;

/** Search input from the URL: trimmed, whitespace folded, capped; `truncated` says it was cut. */
const SearchParamsSchema = z.object({
  q: z
    .union([z.string(), z.array(z.string())])
    .optional()
    .transform((value) => (Array.isArray(value) ? (value[0] ?? "") : (value ?? "")))
    .transform((value) => cleanVisitorText(value).replace(/\s+/g, " ").trim()),
  page: z
    .union([z.string(), z.array(z.string())])
    .optional()
    .transform((value) => (Array.isArray(value) ? value[0] : value)),
});

export type SearchInput = { query: string; truncated: boolean; page: number | null };

export function parseSearchParams(raw: Record<string, string | string[] | undefined>): SearchInput {
  const { q, page } = SearchParamsSchema.parse(raw);
  // One form per letter: a "й" typed as и + combining breve matches the stored "й".
  const chars = Array.from(q.normalize("NFC"));
  return {
    query: chars.slice(0, MAX_QUERY_LENGTH).join(""),
    truncated: chars.length > MAX_QUERY_LENGTH,
    page: page === undefined ? 1 : parsePageNumber(page),
  };
}

/** A page number from a URL: 1 to 100000 written plainly, otherwise null (the caller answers 404). */
export function parsePageNumber(value: string): number | null {
  return /^[1-9]\d{0,5}$/.test(value) && Number(value) <= 100_000 ? Number(value) : null;
}
