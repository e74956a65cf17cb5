import type { Metadata } from "next";
import { cookies } from "next/headers";
import Link from "next/link";
import { SecurityKeySignIn } from "@/components/admin/security-key-sign-in";
import { TICKET_COOKIE } from "@/lib/auth/sign-in-flow";
import { findTicket } from "@/lib/auth/tickets";
import { secondFactorsOf } from "@/lib/auth/two-factor/policy";
import { staffMessages } from "@/lib/i18n/messages/staff";
import { CodeForm } from "./code-form";

export const metadata: Metadata = {
  title: staffMessages().twoFactor.verifyTitle,
  robots: { index: false, follow: false },
};

/** The second step of signing in, after the password: works without JavaScript for codes. */
export default async function VerifyPage() {
  const t = staffMessages().twoFactor;
  const ticket = await findTicket((await cookies()).get(TICKET_COOKIE)?.value);
  if (!ticket) {
    return (
      <main id="main" className="mx-auto max-w-sm px-4 py-16">
        <h1 className="text-2xl font-bold">{t.verifyTitle}</h1>
        <p className="mt-4" role="alert">
          {t.expired}
        </p>
        <p className="mt-6">
          <Link href="/login" className="underline underline-offset-4">
            {staffMessages().passwordReset.backToSignIn}
          </Link>
        </p>
      </main>
    );
  }
  const factors = await secondFactorsOf(ticket.userId);
  return (
    <main id="main" className="mx-auto max-w-sm px-4 py-16">
      <h1 className="text-2xl font-bold">{t.verifyTitle}</h1>
      <p className="mt-4">{t.verifyIntro(ticket.email)}</p>
      {factors.securityKeys > 0 ? <SecurityKeySignIn /> : null}
      {factors.totp ? <CodeForm method="totp" /> : null}
      <section aria-labelledby="recovery-heading" className="border-line mt-10 border-t pt-6">
        <h2 id="recovery-heading" className="text-lg font-semibold">
          {t.recoveryHeading}
        </h2>
        <CodeForm method="recovery" />
      </section>
      <p className="mt-8 text-sm">
        <Link href="/login" className="underline underline-offset-4">
          {t.cancel}
        </Link>
      </p>
    </main>
  );
}
