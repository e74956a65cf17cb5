import type { Actor } from "@/lib/auth/permissions";
import { describeSetup, groupSecret } from "@/lib/auth/two-factor/totp";
import { getSiteSettings } from "@/lib/settings/queries";
import { AuthenticatorPanel } from "./authenticator-panel";

/** The authenticator app: its state, and while setting up, the QR code drawn here. */
export async function TotpSection({
  actor,
  confirmedAt,
  pendingSecret,
}: {
  actor: Actor;
  confirmedAt: Date | null;
  pendingSecret: string | null;
}) {
  let setup: { qrSvg: string; secret: string } | null = null;
  if (pendingSecret) {
    const { title } = await getSiteSettings();
    const described = describeSetup(pendingSecret, actor.email, title);
    setup = { qrSvg: described.qrSvg, secret: groupSecret(described.secret) };
  }
  return (
    <AuthenticatorPanel
      since={confirmedAt ? confirmedAt.toISOString().slice(0, 10) : null}
      setup={setup}
    />
  );
}
