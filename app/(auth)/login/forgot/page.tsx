import type { Metadata } from "next";
import Link from "next/link";
import { staffMessages } from "@/lib/i18n/messages/staff";
import { ForgotForm } from "./forgot-form";

export const metadata: Metadata = {
  title: staffMessages().passwordReset.title,
  robots: { index: false, follow: false },
};

export default function ForgotPasswordPage() {
  const t = staffMessages().passwordReset;
  return (
    <main id="main" className="mx-auto max-w-sm px-4 py-16">
      <h1 className="text-2xl font-bold">{t.title}</h1>
      <p className="mt-4">{t.intro}</p>
      <ForgotForm />
      <p className="mt-8 text-sm">
        <Link href="/login" className="underline underline-offset-4">
          {t.backToSignIn}
        </Link>
      </p>
    </main>
  );
}
