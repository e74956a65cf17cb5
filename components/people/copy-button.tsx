import { ACTIONS_SCRIPT } from "@/components/site/share-actions";
import type { Lang } from "@/lib/i18n/languages";
import { people } from "@/lib/i18n/messages/people";

/**
 * Copies an address to the clipboard. It needs JavaScript, so it is hidden until the small
 * actions script shows it: the address itself is plain text anyone can select.
 */
export function CopyButton({ text, lang }: { text: string; lang: Lang }) {
  const t = people[lang];
  return (
    <div
      hidden
      data-actions=""
      data-copied={t.copied}
      data-copy-failed={t.copyFailed}
      className="mt-3 flex flex-wrap items-center gap-2 print:hidden"
    >
      <script src={ACTIONS_SCRIPT} async />
      <button
        type="button"
        data-copy={text}
        className="border-navy text-navy hover:bg-navy rounded border px-3 py-1.5 text-sm font-semibold hover:text-white"
      >
        {t.copyAddress}
      </button>
      <p role="status" aria-live="polite" className="text-muted text-sm" />
    </div>
  );
}
