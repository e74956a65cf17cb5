import { ActionBoxView, type BoxContext } from "@/components/actions/action-box";
import type { ShownPart } from "@/lib/actions/page-actions";

/**
 * An article's sanitized body with its action boxes rendered in place, on the server: the HTML
 * between them as it was stored, each box a card (nothing at all for one whose target is gone).
 */
export function ArticleBody({
  html,
  parts,
  context,
}: {
  html: string;
  parts: ShownPart[] | null;
  context: BoxContext;
}) {
  if (!parts) {
    return <div className="article-body mt-8" dangerouslySetInnerHTML={{ __html: html }} />;
  }
  const ids = parts.map(
    (_, index) =>
      `action-${parts.slice(0, index + 1).filter((part) => part.type === "box").length}`,
  );
  return (
    <div className="article-body mt-8">
      {parts.map((part, index) =>
        part.type === "html" ? (
          <div
            key={index}
            className="[&>*+*]:mt-[1.1em]"
            dangerouslySetInnerHTML={{ __html: part.html }}
          />
        ) : (
          <ActionBoxView key={index} id={ids[index]!} shown={part.shown} context={context} />
        ),
      )}
    </div>
  );
}
