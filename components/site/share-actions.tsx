import type { Lang } from "@/lib/i18n/languages";
import { article } from "@/lib/i18n/messages/article";

/** The script that shows and runs the copy, share and print buttons (public/enhance/). */
export const ACTIONS_SCRIPT = "/enhance/actions.js";

const buttonClass =
  "rounded border border-navy px-3 py-1.5 text-sm font-semibold text-navy hover:bg-navy hover:text-white";

/**
 * Copy-link and system share buttons. They need JavaScript, so they are hidden until the small
 * actions script shows them (the share button only where the browser has a share sheet); the
 * plain share links and the visible address work without it.
 */
export function ShareActions({ url, title, lang }: { url: string; title: string; lang: Lang }) {
  const t = article[lang].share;
  return (
    <div
      hidden
      data-actions=""
      data-copied={t.copied}
      data-copy-failed={t.copyFailed}
      className="mt-3 flex flex-wrap items-center gap-2"
    >
      <script src={ACTIONS_SCRIPT} async />
      <button type="button" data-copy={url} className={buttonClass}>
        {t.copyLink}
      </button>
      <button
        type="button"
        hidden
        data-share-url={url}
        data-share-title={title}
        className={buttonClass}
      >
        {t.shareMenu}
      </button>
      <p role="status" aria-live="polite" className="text-muted text-sm" />
    </div>
  );
}
