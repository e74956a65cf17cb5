import { decodeEntities } from "@/lib/format";
import { MATCH_END, MATCH_START } from "@/lib/search/queries";

/** A search snippet with its matches in <mark>, built as React text: nothing in it is parsed as HTML. */
export function SearchSnippet({ snippet }: { snippet: string }) {
  const parts = snippet.split(MATCH_START).flatMap((chunk, index) => {
    if (index === 0) return [{ text: chunk, isMatch: false }];
    const [match = "", rest = ""] = chunk.split(MATCH_END);
    return [
      { text: match, isMatch: true },
      { text: rest, isMatch: false },
    ];
  });
  return (
    <>
      {parts.map((part, index) =>
        part.isMatch ? (
          <mark key={index} className="text-ink rounded-sm bg-amber-200 px-0.5">
            {decodeEntities(part.text)}
          </mark>
        ) : (
          decodeEntities(part.text.replace(/\s+/g, " "))
        ),
      )}
    </>
  );
}
