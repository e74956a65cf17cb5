"use client";

import { useActionState } from "react";
import { SubmitButton } from "@/components/admin/button";
import { FormMessage } from "@/components/admin/form-message";
import { Table, Td, Th } from "@/components/admin/table";
import type { Role } from "@/lib/generated/prisma/enums";
import { revokeInvitationAction } from "@/lib/auth/invitations-actions";
import { initialFormState } from "@/lib/form-state";
import { staffMessages } from "@/lib/i18n/messages/staff";

type InvitationRow = {
  id: string;
  email: string;
  role: Role;
  invitedBy: string | null;
  expiresAt: string;
};

/** Invitations waiting to be accepted, each with a button that withdraws its link. */
export function InvitationList({ rows }: { rows: InvitationRow[] }) {
  const [state, revoke] = useActionState(revokeInvitationAction, initialFormState);
  const t = staffMessages();
  const ti = t.invitations;
  const when = new Intl.DateTimeFormat(t.common.intl, { dateStyle: "medium", timeStyle: "short" });
  return (
    <section aria-labelledby="invitations-heading" className="mt-10 space-y-3">
      <h2 id="invitations-heading" className="text-lg font-semibold">
        {ti.pendingHeading}
      </h2>
      <FormMessage result={state} />
      {rows.length === 0 ? (
        <p className="text-muted text-sm">{ti.pendingNone}</p>
      ) : (
        <Table caption={ti.pendingCaption}>
          <thead>
            <tr>
              <Th>{t.common.email}</Th>
              <Th>{t.common.role}</Th>
              <Th>{ti.invitedBy}</Th>
              <Th>{ti.expires}</Th>
              <Th>
                <span className="sr-only">{t.common.actions}</span>
              </Th>
            </tr>
          </thead>
          <tbody>
            {rows.map((row) => (
              <tr key={row.id}>
                <Td>
                  <span className="break-all">{row.email}</span>
                </Td>
                <Td>{t.users.roles[row.role]}</Td>
                <Td>
                  <span className="break-all">{row.invitedBy ?? "—"}</span>
                </Td>
                <Td>
                  <time dateTime={row.expiresAt}>{when.format(new Date(row.expiresAt))}</time>
                </Td>
                <Td>
                  <form action={revoke}>
                    <input type="hidden" name="invitationId" value={row.id} />
                    <SubmitButton
                      variant="secondary"
                      pendingLabel={ti.revoking}
                      aria-label={`${ti.revoke} ${row.email}`}
                    >
                      {ti.revoke}
                    </SubmitButton>
                  </form>
                </Td>
              </tr>
            ))}
          </tbody>
        </Table>
      )}
    </section>
  );
}
