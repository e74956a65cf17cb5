import type { Metadata } from "next";
import Link from "next/link";
import { PageHeader } from "@/components/admin/page-header";
import { SecurityKeys } from "@/components/admin/security-keys";
import { SessionList } from "@/components/admin/session-list";
import { requireAdminPage } from "@/lib/auth";
import { secondFactorsOf } from "@/lib/auth/two-factor/policy";
import { totpStatus } from "@/lib/auth/two-factor/totp";
import { staffMessages } from "@/lib/i18n/messages/staff";
import { RecoveryCodes } from "./_components/recovery-codes";
import { TotpSection } from "./_components/totp-section";

export const metadata: Metadata = { title: staffMessages().twoFactor.title };

/** One's own second factors and signed-in browsers; reachable while the policy holds one back. */
export default async function SecurityPage() {
  const actor = await requireAdminPage("admin:access", { duringTwoFactorSetup: true });
  const t = staffMessages().twoFactor;
  const [factors, totp] = await Promise.all([secondFactorsOf(actor.id), totpStatus(actor.id)]);
  return (
    <>
      <p className="mb-2 text-sm">
        <Link href="/admin/account" className="text-accent underline underline-offset-4">
          {staffMessages().account.heading}
        </Link>
      </p>
      <PageHeader title={t.title} description={t.intro} />
      {actor.pendingTwoFactorSetup ? (
        <p role="alert" className="border-accent mb-6 max-w-2xl rounded border-l-4 bg-amber-50 p-3">
          {t.required}
        </p>
      ) : null}
      <div className="grid max-w-2xl gap-8">
        <TotpSection
          actor={actor}
          confirmedAt={totp.confirmedAt}
          pendingSecret={totp.pendingSecret}
        />
        <SecurityKeys actor={actor} />
        <RecoveryCodes
          left={factors.recoveryCodesLeft}
          hasFactor={factors.totp || factors.securityKeys > 0}
        />
        <SessionList actor={actor} userId={actor.id} />
      </div>
    </>
  );
}
