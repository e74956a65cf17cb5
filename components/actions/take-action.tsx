import { ActionBoxView, type BoxContext } from "@/components/actions/action-box";
import type { ArticleActions } from "@/lib/actions/page-actions";
import { actionMessages } from "@/lib/i18n/messages/actions";

/** The id of the n-th box "Take action" offers (the person cards above link to letters by it). */
export const offerId = (index: number) => `action-offer-${index + 1}`;

/**
 * The end of an article: the campaign's main action (when the text has no box of its own), open
 * petitions about its people or terms, and a letter to each of its people held today. Letters
 * leave out the person's card: the article's person cards are just above.
 */
export function TakeAction({
  actions,
  context,
}: {
  actions: Pick<ArticleActions, "main" | "offers">;
  context: BoxContext;
}) {
  const { main, offers } = actions;
  if (!main && offers.length === 0) return null;
  return (
    <section aria-labelledby="take-action-heading" className="mt-10" data-take-action>
      <h2
        id="take-action-heading"
        className="text-muted mb-3 text-xs font-bold tracking-widest uppercase"
      >
        {actionMessages[context.locale.lang].takeAction}
      </h2>
      {main && (
        <div data-main-action>
          <ActionBoxView
            id="action-main"
            shown={main.shown}
            textLang={main.lang}
            context={context}
            level="h3"
          />
        </div>
      )}
      {offers.map((shown, index) => (
        <ActionBoxView
          key={offerId(index)}
          id={offerId(index)}
          shown={shown}
          context={context}
          level="h3"
          withPersonCard={false}
        />
      ))}
    </section>
  );
}
