import type { Metadata } from "next";
import Link from "next/link";
import { findLinkedSession } from "@/lib/auth/session-end-link";
import { staffMessages } from "@/lib/i18n/messages/staff";
import { getSiteSettings } from "@/lib/settings/queries";
import { EndSessionForm } from "./end-session-form";

export const metadata: Metadata = {
  title: staffMessages().sessions.endTitle,
  robots: { index: false, follow: false },
  // Requests from this page name only the origin, never the address with the link's secret; a
  // form post still carries its Origin ("no-referrer" would make a post without JavaScript send
  // Origin: null, which Next.js refuses for a server action).
  referrer: "strict-origin",
};

/**
 * Where a new-device email's link leads: shows which session it names and ends it only when the
 * button is pressed (opening the link changes nothing: mail scanners open links). No sign-in.
 */
export default async function EndSessionPage({ params }: { params: Promise<{ token: string }> }) {
  const { token } = await params;
  const t = staffMessages().sessions;
  const [session, settings] = await Promise.all([findLinkedSession(token), getSiteSettings()]);
  if (!session) {
    return (
      <main id="main" className="mx-auto max-w-sm px-4 py-16">
        <h1 className="text-2xl font-bold">{t.badLinkTitle}</h1>
        <p className="mt-4">{t.badLink}</p>
        <p className="mt-8">
          <Link href="/login/forgot" className="underline underline-offset-4">
            {t.chooseNew}
          </Link>
        </p>
      </main>
    );
  }
  const began = new Intl.DateTimeFormat(staffMessages().common.intl, {
    dateStyle: "medium",
    timeStyle: "short",
    timeZone: settings.timeZone,
  }).format(session.createdAt);
  return (
    <main id="main" className="mx-auto max-w-sm px-4 py-16">
      <EndSessionForm
        token={token}
        device={[session.browser, session.os].filter(Boolean).join(", ") || t.unknownBrowser}
        began={began}
        endedBefore={session.ended}
      />
    </main>
  );
}
