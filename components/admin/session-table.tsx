"use client";

import { useActionState } from "react";
import { Badge } from "@/components/admin/badge";
import { SubmitButton } from "@/components/admin/button";
import { FormMessage } from "@/components/admin/form-message";
import { Table, Td, Th } from "@/components/admin/table";
import { endOwnSessionsAction, endUserSessionsAction } from "@/lib/auth/sessions-actions";
import { initialFormState } from "@/lib/form-state";
import { staffMessages } from "@/lib/i18n/messages/staff";

/** One open session, worded and dated on the server. */
export type SessionView = {
  id: string;
  device: string;
  began: string;
  beganAt: string;
  lastSeen: string;
  lastSeenExact: string;
  lastSeenAt: string;
  method: string;
  current: boolean;
};

/**
 * The sessions table and its buttons: plain forms, so they work without JavaScript. `own`: the
 * signed-in person's sessions (the action never takes a user id); otherwise `userId`'s, for an
 * admin.
 */
export function SessionTable({
  own,
  userId,
  rows,
}: {
  own: boolean;
  userId: string;
  rows: SessionView[];
}) {
  const [state, formAction] = useActionState(
    own ? endOwnSessionsAction : endUserSessionsAction,
    initialFormState,
  );
  const t = staffMessages();
  const ts = t.sessions;
  const others = rows.filter((row) => !row.current).length;
  const whose = own ? null : <input type="hidden" name="userId" value={userId} />;
  return (
    <section
      aria-labelledby="sessions-heading"
      className="border-line space-y-3 rounded border bg-white p-4"
    >
      <h2 id="sessions-heading" className="text-lg font-semibold">
        {ts.heading}
      </h2>
      <p className="text-muted text-sm">{own ? ts.introOwn : ts.introOther}</p>
      <FormMessage result={state} />
      {rows.length === 0 ? (
        <p className="text-sm">{ts.none}</p>
      ) : (
        <Table caption={ts.caption}>
          <thead>
            <tr>
              <Th>{ts.browser}</Th>
              <Th>{ts.began}</Th>
              <Th>{ts.lastSeen}</Th>
              <Th>{ts.secondStep}</Th>
              <Th>
                <span className="sr-only">{t.common.actions}</span>
              </Th>
            </tr>
          </thead>
          <tbody>
            {rows.map((row) => (
              <tr key={row.id} data-testid="session-row">
                <Td>
                  <span className="mr-2">{row.device}</span>
                  {row.current ? <Badge tone="good">{ts.thisBrowser}</Badge> : null}
                </Td>
                <Td>
                  <time dateTime={row.beganAt}>{row.began}</time>
                </Td>
                <Td>
                  <time dateTime={row.lastSeenAt} title={row.lastSeenExact}>
                    {row.lastSeen}
                  </time>
                </Td>
                <Td>{row.method}</Td>
                <Td>
                  {row.current ? null : (
                    <form action={formAction}>
                      {whose}
                      <input type="hidden" name="end" value="one" />
                      <input type="hidden" name="sessionId" value={row.id} />
                      <SubmitButton
                        variant="secondary"
                        pendingLabel={ts.signingOut}
                        aria-label={ts.signOutLabel(row.device, row.began)}
                      >
                        {ts.signOut}
                      </SubmitButton>
                    </form>
                  )}
                </Td>
              </tr>
            ))}
          </tbody>
        </Table>
      )}
      {others > 0 ? (
        <form action={formAction}>
          {whose}
          <input type="hidden" name="end" value="others" />
          <SubmitButton variant="danger" pendingLabel={ts.signingOut}>
            {own ? ts.signOutOthers : ts.signOutAll}
          </SubmitButton>
        </form>
      ) : null}
      <p className="text-muted text-xs">{ts.placeNote}</p>
    </section>
  );
}
