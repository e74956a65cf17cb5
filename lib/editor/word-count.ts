/** Words an adult reads in a minute of news prose (Medium and Ghost use 265–275; translations run slower). */
const WORDS_PER_MINUTE = 230;

let segmenter: Intl.Segmenter | undefined;

/**
 * Words in a text, as the browser's own word breaker (Unicode's rules) sees them: punctuation,
 * dashes and Cyrillic are handled properly, where splitting on spaces counts "—" as a word.
 */
export function countWords(text: string): number {
  segmenter ??= new Intl.Segmenter(undefined, { granularity: "word" });
  let words = 0;
  for (const segment of segmenter.segment(text)) if (segment.isWordLike) words += 1;
  return words;
}

/** Whole minutes to read that many words; any text takes at least one. */
export function readingMinutes(words: number): number {
  return words === 0 ? 0 : Math.max(1, Math.round(words / WORDS_PER_MINUTE));
}
