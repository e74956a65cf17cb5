"use client";

import { useActionState } from "react";
import { SubmitButton } from "@/components/admin/button";
import { FormMessage } from "@/components/admin/form-message";
import { Table, Td, Th } from "@/components/admin/table";
import { liftSignInThrottleAction } from "@/lib/auth/throttle-actions";
import { initialFormState } from "@/lib/form-state";

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
  const time = new Intl.DateTimeFormat("en-GB", { timeStyle: "short" });
  return (
    <section aria-labelledby="throttles-heading" className="mt-10 space-y-3">
      <h2 id="throttles-heading" className="text-lg font-semibold">
        Sign-in throttles
      </h2>
      <FormMessage result={state} />
      {rows.length === 0 ? (
        <p className="text-muted text-sm">No account is throttled now.</p>
      ) : (
        <Table caption="Accounts whose sign-in is slowed down">
          <thead>
            <tr>
              <Th>Account</Th>
              <Th>What is slowed</Th>
              <Th>Failed attempts this hour</Th>
              <Th>
                <span className="sr-only">Actions</span>
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
                    ? `Every address, until ${time.format(new Date(row.accountWaitUntil))} (many addresses failed)`
                    : `${row.blockedAddresses} address${row.blockedAddresses === 1 ? "" : "es"}, until ${time.format(new Date(row.addressesUntil!))}`}
                </Td>
                <Td>{row.recentFailures}</Td>
                <Td>
                  <form action={lift}>
                    <input type="hidden" name="email" value={row.email} />
                    <SubmitButton variant="secondary" pendingLabel="Lifting…">
                      Lift
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
