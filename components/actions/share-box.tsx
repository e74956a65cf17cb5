import { BoxFrame } from "@/components/actions/box-frame";
import type { ActionBox } from "@/lib/actions/box";
import type { Lang } from "@/lib/i18n/languages";
import { actionMessages } from "@/lib/i18n/messages/actions";
import { article } from "@/lib/i18n/messages/article";
import { buildShareLinks } from "@/lib/share/links";

/** Prefilled posts with the campaign's hashtag, as plain links to the networks the site offers. */
export function ShareBox({
  id,
  box,
  url,
  lang,
  textLang,
  level,
}: {
  id: string;
  box: Extract<ActionBox, { kind: "share" }>;
  /** The page the posts link to. */
  url: string;
  lang: Lang;
  textLang?: Lang;
  level?: "h2" | "h3";
}) {
  const t = actionMessages[lang];
  const message = [box.text, box.hashtag].filter(Boolean).join(" ");
  return (
    <BoxFrame id={id} kind="share" lang={lang} heading={t.shareWith(box.hashtag)} level={level}>
      {box.text && (
        <p className="mt-1" lang={textLang}>
          {box.text}
        </p>
      )}
      <p className="text-muted mt-1 text-sm">{t.shareIntro}</p>
      <ul className="mt-3 flex flex-wrap gap-2">
        {buildShareLinks(url, message).map((link) => (
          <li key={link.network}>
            <a
              href={link.href}
              rel="noopener noreferrer nofollow"
              target={link.network === "Email" ? undefined : "_blank"}
              className="bg-paper text-navy ring-line hover:ring-accent inline-block rounded px-3 py-1.5 text-sm font-semibold ring-1"
            >
              {link.network === "Email" ? article[lang].share.email : link.network}
            </a>
          </li>
        ))}
      </ul>
    </BoxFrame>
  );
}
