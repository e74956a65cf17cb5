import { DonateBox } from "@/components/actions/donate-box";
import { EventBox } from "@/components/actions/event-box";
import { PetitionBox } from "@/components/actions/petition-box";
import { ShareBox } from "@/components/actions/share-box";
import { WriteBox } from "@/components/actions/write-box";
import type { LetterGuidance, ShownBox } from "@/lib/actions/queries";
import type { Lang } from "@/lib/i18n/languages";
import type { Locale } from "@/lib/i18n/locale";

export type BoxContext = {
  locale: Locale;
  timeZone: string;
  /** The absolute address of the page, for share links. */
  url: string;
  guidance: LetterGuidance;
};

/** One action box, of whichever kind, as a compact card. */
export function ActionBoxView({
  id,
  shown,
  context,
  textLang,
  level,
  withPersonCard = true,
}: {
  id: string;
  shown: ShownBox;
  context: BoxContext;
  /** The language of the words staff typed (main action), when it is not the reader's. */
  textLang?: Lang;
  level?: "h2" | "h3";
  withPersonCard?: boolean;
}) {
  const { locale, timeZone } = context;
  const lang = locale.lang;
  const wordsLang = textLang && textLang !== lang ? textLang : undefined;
  switch (shown.kind) {
    case "petition":
      return (
        <PetitionBox
          id={id}
          petition={shown.petition}
          locale={locale}
          timeZone={timeZone}
          level={level}
        />
      );
    case "write":
      return (
        <WriteBox
          id={id}
          view={shown.view}
          locale={locale}
          guidance={context.guidance}
          withCard={withPersonCard}
          level={level}
        />
      );
    case "donate":
      return <DonateBox id={id} box={shown} lang={lang} textLang={wordsLang} level={level} />;
    case "share":
      return (
        <ShareBox
          id={id}
          box={shown}
          url={context.url}
          lang={lang}
          textLang={wordsLang}
          level={level}
        />
      );
    case "event":
      return (
        <EventBox
          id={id}
          box={shown}
          lang={lang}
          textLang={wordsLang}
          timeZone={timeZone}
          level={level}
        />
      );
  }
}
