import type { Metadata } from "next";
import Link from "next/link";
import { findResetAccount } from "@/lib/auth/password-reset";
import { resetPasswordAction } from "@/lib/auth/password-reset-actions";
import { staffMessages } from "@/lib/i18n/messages/staff";
import { ChoosePasswordForm } from "../../invite/[token]/choose-password-form";

export const metadata: Metadata = {
  title: staffMessages().passwordReset.resetTitle,
  robots: { index: false, follow: false },
  // Only the origin, never the address with the link's secret; "no-referrer" would make the
  // form, posted without JavaScript, send Origin: null, which Next.js refuses for an action.
  referrer: "strict-origin",
};

export default async function ResetPasswordPage({
  params,
}: {
  params: Promise<{ token: string }>;
}) {
  const { token } = await params;
  const t = staffMessages().passwordReset;
  const account = token.length <= 512 ? await findResetAccount(token) : null;
  return (
    <main id="main" className="mx-auto max-w-sm px-4 py-16">
      {account ? (
        <>
          <h1 className="text-2xl font-bold">{t.resetTitle}</h1>
          <p className="mt-4">{t.resetIntro(account.email)}</p>
          <ChoosePasswordForm
            token={token}
            action={resetPasswordAction}
            submit={t.submit}
            pending={t.submitting}
          />
        </>
      ) : (
        <>
          <h1 className="text-2xl font-bold">{staffMessages().invitations.badLinkTitle}</h1>
          <p className="mt-4">{t.badLink}</p>
          <p className="mt-8 text-sm">
            <Link href="/login/forgot" className="underline underline-offset-4">
              {t.newLink}
            </Link>
          </p>
        </>
      )}
    </main>
  );
}
