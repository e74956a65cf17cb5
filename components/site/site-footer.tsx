import { messages } from "@/lib/i18n/messages";
import type { SiteSettings } from "@/lib/settings/schemas";

export function SiteFooter({ settings }: { settings: SiteSettings }) {
  return (
    <footer className="border-line mt-16 border-t bg-white">
      <div className="text-muted mx-auto max-w-5xl px-4 py-8 text-sm">
        <p className="text-ink font-semibold">{settings.title}</p>
        <p className="mt-2">{messages.site.footerNote}</p>
      </div>
    </footer>
  );
}
