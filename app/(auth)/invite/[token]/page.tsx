import type { Metadata } from "next";
import Link from "next/link";
import { findUsableInvitation } from "@/lib/auth/invitations";
import { acceptInvitationAction } from "@/lib/auth/invitations-actions";
import { staffMessages } from "@/lib/i18n/messages/staff";
import { ChoosePasswordForm } from "./choose-password-form";

export const metadata: Metadata = {
  title: staffMessages().invitations.acceptTitle,
  robots: { index: false, follow: false },
  // Only the origin, never the address with the link's secret; "no-referrer" would make the
  // form, posted without JavaScript, send Origin: null, which Next.js refuses for an action.
  referrer: "strict-origin",
};

export default async function InvitationPage({ params }: { params: Promise<{ token: string }> }) {
  const { token } = await params;
  const t = staffMessages().invitations;
  const invitation = token.length <= 512 ? await findUsableInvitation(token) : null;
  return (
    <main id="main" className="mx-auto max-w-sm px-4 py-16">
      {invitation ? (
        <>
          <h1 className="text-2xl font-bold">{t.acceptTitle}</h1>
          <p className="mt-4">{t.acceptIntro(invitation.email)}</p>
          <ChoosePasswordForm
            token={token}
            action={acceptInvitationAction}
            submit={t.accept}
            pending={t.accepting}
          />
        </>
      ) : (
        <>
          <h1 className="text-2xl font-bold">{t.badLinkTitle}</h1>
          <p className="mt-4">{t.badLink}</p>
          <p className="mt-8 text-sm">
            <Link href="/login" className="underline underline-offset-4">
              {staffMessages().passwordReset.backToSignIn}
            </Link>
          </p>
        </>
      )}
    </main>
  );
}
