import { BoxFrame, externalHost, secondaryLink } from "@/components/actions/box-frame";
import type { ActionBox } from "@/lib/actions/box";
import { eventMoment } from "@/lib/actions/event-time";
import type { Lang } from "@/lib/i18n/languages";
import { actionMessages } from "@/lib/i18n/messages/actions";

/** An event: its title, when (in the site's time zone, in the reader's words), where, and a link. */
export function EventBox({
  id,
  box,
  lang,
  textLang,
  timeZone,
  level,
}: {
  id: string;
  box: Extract<ActionBox, { kind: "event" }>;
  lang: Lang;
  textLang?: Lang;
  timeZone: string;
  level?: "h2" | "h3";
}) {
  const t = actionMessages[lang];
  const moment = eventMoment(box.date, timeZone, lang);
  const host = box.href ? externalHost(box.href) : null;
  return (
    <BoxFrame
      id={id}
      kind="event"
      lang={lang}
      heading={box.title}
      headingLang={textLang}
      level={level}
    >
      <dl className="mt-2 grid grid-cols-[auto_minmax(0,1fr)] gap-x-3 gap-y-1">
        <dt className="text-muted font-semibold">{t.when}</dt>
        <dd>{moment ? <time dateTime={moment.iso}>{moment.text}</time> : box.date}</dd>
        {box.place && (
          <>
            <dt className="text-muted font-semibold">{t.where}</dt>
            <dd lang={textLang} className="break-words">
              {box.place}
            </dd>
          </>
        )}
      </dl>
      {box.href && (
        <p className="mt-3">
          <a
            href={box.href}
            rel={host ? "noopener noreferrer" : undefined}
            className={secondaryLink}
          >
            {t.eventDetails}
            {host && <span className="font-normal"> · {host}</span>}
          </a>
        </p>
      )}
    </BoxFrame>
  );
}
