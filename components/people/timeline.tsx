import type { Locale } from "@/lib/i18n/locale";
import { getMessages } from "@/lib/i18n/messages";
import { eventView, formatCalendarDate, type PersonView } from "@/lib/people/view";

/** A person's timeline, oldest first: date, what happened, where, the sentence, a note, a source. */
export function Timeline({ view, locale }: { view: PersonView; locale: Locale }) {
  const t = getMessages(locale.lang).people;
  if (view.person.events.length === 0) return null;
  return (
    <section aria-labelledby="timeline-heading">
      <h2 id="timeline-heading" className="font-serif text-2xl font-bold">
        {t.timeline}
      </h2>
      <ol className="border-line mt-4 space-y-5 border-l-2 pl-5">
        {view.person.events.map((raw, index) => {
          const event = eventView(raw, locale);
          return (
            <li key={`${event.date}-${index}`} className="relative">
              <span
                aria-hidden="true"
                className="bg-accent absolute top-1.5 -left-[1.72rem] size-3 rounded-full"
              />
              <p className="text-sm">
                <time dateTime={event.date} className="text-muted font-semibold">
                  {formatCalendarDate(event.date, locale.lang)}
                </time>
              </p>
              <h3 className="font-semibold">
                {t.eventKinds[event.kind]}
                {event.place.text && (
                  <span className="font-normal" lang={event.place.lang}>
                    {" · "}
                    {event.place.text}
                  </span>
                )}
              </h3>
              {event.sentence.text && (
                <p>
                  {t.sentence} <span lang={event.sentence.lang}>{event.sentence.text}</span>
                </p>
              )}
              {event.note.text && (
                <p className="text-muted" lang={event.note.lang}>
                  {event.note.text}
                </p>
              )}
              {event.sourceUrl && (
                <p className="text-sm">
                  <a
                    href={event.sourceUrl}
                    className="underline underline-offset-4"
                    rel="nofollow noopener"
                  >
                    {t.source}
                  </a>
                </p>
              )}
            </li>
          );
        })}
      </ol>
    </section>
  );
}
