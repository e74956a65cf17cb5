/** Counts the links a reader's comment carries: anchors plus bare URLs in the text. */
export function countLinks(text: string): number {
  const anchors = text.match(/<a\b[^>]*\bhref\s*=/gi)?.length ?? 0;
  const withoutAnchors = text.replace(/<a\b[^>]*>/gi, " ");
  const bare = withoutAnchors.match(/\b(?:https?:\/\/|www\.)[^\s<>"']+/gi)?.length ?? 0;
  return anchors + bare;
}

/**
 * The first configured word found in the text, matched case-insensitively on word boundaries
 * (a phrase matches as a whole), or null.
 */
export function findListedWord(words: readonly string[], ...texts: string[]): string | null {
  const haystack = texts.join("\n").toLowerCase();
  for (const raw of words) {
    const word = raw.trim().toLowerCase();
    if (!word) continue;
    const escaped = word.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
    if (new RegExp(`(^|[^\\p{L}\\p{N}])${escaped}($|[^\\p{L}\\p{N}])`, "u").test(haystack)) {
      return raw.trim();
    }
  }
  return null;
}

export type SpamVerdict = { status: "SPAM" | "HOLD" | "CLEAN"; reason: string | null };

/** Keyword lists and link count decide whether a comment is spam, held, or clean. */
export function classifyComment(
  fields: { authorName: string; authorEmail: string; authorUrl: string | null; body: string },
  rules: { holdWords: readonly string[]; spamWords: readonly string[] },
): SpamVerdict {
  const texts = [fields.authorName, fields.authorEmail, fields.authorUrl ?? "", fields.body];
  const spamWord = findListedWord(rules.spamWords, ...texts);
  if (spamWord) return { status: "SPAM", reason: `spam word "${spamWord}"` };
  const holdWord = findListedWord(rules.holdWords, ...texts);
  if (holdWord) return { status: "HOLD", reason: `hold word "${holdWord}"` };
  const links = countLinks(fields.body);
  if (links >= 2) return { status: "HOLD", reason: `${links} links` };
  return { status: "CLEAN", reason: null };
}
