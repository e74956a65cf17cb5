import { staffMessages } from "@/lib/i18n/messages/staff";

/**
 * The strip above a preview for staff who may edit the article: the way back to its editor.
 * Staff wording (the staff area is in English), so it carries its own language.
 */
export function StaffPreviewBar({ articleId }: { articleId: string }) {
  const t = staffMessages().previewBar;
  return (
    <nav
      aria-label={t.label}
      lang="en"
      className="bg-ink mb-6 rounded px-4 py-3 text-sm text-white"
      data-staff-preview-bar
    >
      {/* A full page load: the editor lives under another root layout than public pages. */}
      <a
        href={`/admin/articles/${articleId}`}
        className="font-semibold underline underline-offset-4 hover:no-underline"
      >
        {t.backToEditing}
      </a>
    </nav>
  );
}
