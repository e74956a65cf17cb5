import type { Metadata } from "next";
import Link from "next/link";
import { redirect } from "next/navigation";
import { Flash } from "@/components/admin/form-message";
import { getActor } from "@/lib/auth";
import { safeCallbackUrl } from "@/lib/auth/schemas";
import { SIGN_IN_FAILED_MESSAGE } from "@/lib/auth/service";
import { staffMessages } from "@/lib/i18n/messages/staff";
import { LoginForm } from "./login-form";

export const metadata: Metadata = {
  title: staffMessages().signIn.title,
  robots: { index: false, follow: false },
};

export default async function LoginPage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const t = staffMessages().signIn;
  const params = await searchParams;
  const callbackUrl = safeCallbackUrl(params.callbackUrl);
  if (await getActor()) redirect(callbackUrl);
  // Auth.js's own endpoints send failures here with ?error=…; they get the same generic message.
  const notice = params.error ? SIGN_IN_FAILED_MESSAGE : undefined;
  return (
    <main id="main" className="mx-auto max-w-sm px-4 py-16">
      <h1 className="text-2xl font-bold">{t.heading}</h1>
      {params.signedOut ? (
        <div className="mt-4">
          <Flash>{t.signedOut}</Flash>
        </div>
      ) : null}
      <LoginForm callbackUrl={callbackUrl} notice={notice} />
      <p className="text-muted mt-8 text-sm">
        {t.forgotten}{" "}
        <Link href="/" className="underline underline-offset-4">
          {t.backToSite}
        </Link>
      </p>
    </main>
  );
}
