import { staffMessages } from "@/lib/i18n/messages/staff";

/** How the link will look in search results and when shared (live while typing). */
export function SeoPreview({
  title,
  description,
  url,
}: {
  title: string;
  description: string;
  url: string;
}) {
  const t = staffMessages().editor.seoPreview;
  const cut = (text: string, max: number) =>
    text.length > max ? `${text.slice(0, max - 1).trimEnd()}…` : text;
  return (
    <div aria-live="polite">
      <p className="text-sm font-semibold">{t.heading}</p>
      <div className="border-line mt-1 max-w-xl rounded border bg-white p-3">
        <p className="truncate text-xs text-green-800">{url}</p>
        <p className="text-lg leading-snug text-blue-800">{cut(title || t.untitled, 60)}</p>
        <p className="text-muted text-sm">{cut(description || t.noDescription, 160)}</p>
      </div>
    </div>
  );
}
