import { ShareActions } from "@/components/site/share-actions";
import type { Lang } from "@/lib/i18n/languages";
import { article } from "@/lib/i18n/messages/article";
import { buildShareLinks } from "@/lib/share/links";

/** Plain share links (no third-party script, pixel or iframe), plus copy and share buttons. */
export function ShareLinks({ url, title, lang }: { url: string; title: string; lang: Lang }) {
  const t = article[lang].share;
  return (
    <section
      aria-labelledby="share-heading"
      className="border-line mt-10 rounded border bg-white p-5"
    >
      <h2 id="share-heading" className="text-lg font-bold">
        {t.heading}
      </h2>
      <p className="text-muted mt-1 text-sm">{t.intro}</p>
      <ul className="mt-3 flex flex-wrap gap-2">
        {buildShareLinks(url, title).map((link) => (
          <li key={link.network}>
            <a
              href={link.href}
              rel="noopener noreferrer nofollow"
              target={link.network === "Email" ? undefined : "_blank"}
              className="bg-paper text-navy ring-line hover:ring-accent inline-block rounded px-3 py-1.5 text-sm font-semibold ring-1"
            >
              {link.network === "Email" ? t.email : link.network}
            </a>
          </li>
        ))}
      </ul>
      <p className="text-muted mt-3 text-sm break-all">
        <span className="select-all">{url}</span>
      </p>
      <ShareActions url={url} title={title} lang={lang} />
    </section>
  );
}
