"use client";

import { useActionState } from "react";
import { SubmitButton } from "@/components/admin/button";
import { FormMessage } from "@/components/admin/form-message";
import { Table, Td, Th } from "@/components/admin/table";
import { liftSignInThrottleAction } from "@/lib/auth/throttle-actions";
import { initialFormState } from "@/lib/form-state";
import { staffMessages } from "@/lib/i18n/messages/staff";

export type ThrottleRow = {
  email: string;
  accountWaitUntil: string | null;
  blockedAddresses: number;
  addressesUntil: string | null;
  recentFailures: number;
};

/** Accounts whose sign-in is slowed down now, each with a button that lifts the throttle. */
export function ThrottleList({ rows }: { rows: ThrottleRow[] }) {
  const [state, lift] = useActionState(liftSignInThrottleAction, initialFormState);
  const t = staffMessages();
  const th = t.users.throttles;
  const time = new Intl.DateTimeFormat(t.common.intl, { timeStyle: "short" });
  return (
    <section aria-labelledby="throttles-heading" className="mt-10 space-y-3">
      <h2 id="throttles-heading" className="text-lg font-semibold">
        {th.heading}
      </h2>
      <FormMessage result={state} />
      {rows.length === 0 ? (
        <p className="text-muted text-sm">{th.none}</p>
      ) : (
        <Table caption={th.caption}>
          <thead>
            <tr>
              <Th>{th.account}</Th>
              <Th>{th.what}</Th>
              <Th>{th.failures}</Th>
              <Th>
                <span className="sr-only">{t.common.actions}</span>
              </Th>
            </tr>
          </thead>
          <tbody>
            {rows.map((row) => (
              <tr key={row.email}>
                <Td>
                  <span className="break-all">{row.email}</span>
                </Td>
                <Td>
                  {row.accountWaitUntil
                    ? th.everyAddress(time.format(new Date(row.accountWaitUntil)))
                    : th.addresses(
                        row.blockedAddresses,
                        time.format(new Date(row.addressesUntil!)),
                      )}
                </Td>
                <Td>{row.recentFailures}</Td>
                <Td>
                  <form action={lift}>
                    <input type="hidden" name="email" value={row.email} />
                    <SubmitButton variant="secondary" pendingLabel={th.lifting}>
                      {th.lift}
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
