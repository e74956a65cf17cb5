import { BoxFrame, externalHost, primaryLink } from "@/components/actions/box-frame";
import type { ActionBox } from "@/lib/actions/box";
import type { Lang } from "@/lib/i18n/languages";
import { actionMessages } from "@/lib/i18n/messages/actions";

/** A link to the campaign's donation page: the site itself never takes money. */
export function DonateBox({
  id,
  box,
  lang,
  textLang,
  level,
}: {
  id: string;
  box: Extract<ActionBox, { kind: "donate" }>;
  lang: Lang;
  /** The language staff wrote the label and text in, when it is not the reader's. */
  textLang?: Lang;
  level?: "h2" | "h3";
}) {
  const t = actionMessages[lang];
  const host = externalHost(box.href);
  return (
    <BoxFrame
      id={id}
      kind="donate"
      lang={lang}
      heading={box.label || t.donateDefault}
      headingLang={box.label ? textLang : undefined}
      level={level}
    >
      {box.text && (
        <p className="mt-1" lang={textLang}>
          {box.text}
        </p>
      )}
      <p className="mt-3">
        <a
          href={box.href}
          rel={host ? "noopener noreferrer" : undefined}
          className={primaryLink}
          data-donate-link
        >
          {t.donateDefault}
          {host && <span className="font-normal"> · {host}</span>}
        </a>
      </p>
      <p className="text-muted mt-2 text-sm">{host ? t.moneyElsewhere(host) : t.moneyNever}</p>
    </BoxFrame>
  );
}
