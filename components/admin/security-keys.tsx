import { AddSecurityKeyForm, SecurityKeyList } from "@/components/admin/security-keys-client";
import type { Actor } from "@/lib/auth/permissions";
import { listSecurityKeys } from "@/lib/auth/two-factor/webauthn";
import { staffMessages } from "@/lib/i18n/messages/staff";
import { getSiteSettings } from "@/lib/settings/queries";

/**
 * The account security page's "Security keys and passkeys": the actor's own keys (name, when
 * added, when last used) with a Remove button each, and the form that adds one (JavaScript).
 */
export async function SecurityKeys({ actor }: { actor: Actor }) {
  const t = staffMessages();
  const [keys, settings] = await Promise.all([listSecurityKeys(actor), getSiteSettings()]);
  // Dates are written here, in the site's time zone, so the browser shows the same text.
  const format = new Intl.DateTimeFormat(t.common.intl, {
    dateStyle: "medium",
    timeStyle: "short",
    timeZone: settings.timeZone,
  });
  const rows = keys.map((key) => ({
    id: key.id,
    name: key.name,
    added: { iso: key.createdAt.toISOString(), text: format.format(key.createdAt) },
    lastUsed: key.lastUsedAt
      ? { iso: key.lastUsedAt.toISOString(), text: format.format(key.lastUsedAt) }
      : null,
  }));
  return (
    <section
      id="security-keys"
      aria-labelledby="security-keys-heading"
      className="border-line space-y-4 rounded border bg-white p-4 md:p-6"
    >
      <h2 id="security-keys-heading" className="text-lg font-semibold">
        {t.securityKeys.heading}
      </h2>
      <p>{t.securityKeys.intro}</p>
      <SecurityKeyList rows={rows} />
      <AddSecurityKeyForm />
    </section>
  );
}
