"use server";

import { z } from "zod";
import type { Actor } from "@/lib/auth/permissions";
import { endSessionWithLink } from "@/lib/auth/session-end-link";
import { endUserSessions } from "@/lib/auth/sessions";
import { isAppError } from "@/lib/errors";
import type { FormState } from "@/lib/form-state";
import { staffMessages } from "@/lib/i18n/messages/staff";
import { refreshStaffPage } from "@/lib/revalidate";
import { formFields, staffAction } from "@/lib/server-action";

const id = z.string().regex(/^[A-Za-z0-9_-]{1,64}$/, "Not a session of this account.");

/** One session ("Sign out"), or every one but this browser's ("Sign out all other sessions"). */
const WhichSchema = z.discriminatedUnion("end", [
  z.object({ end: z.literal("one"), sessionId: id }),
  z.object({ end: z.literal("others") }),
]);
type Which = z.output<typeof WhichSchema>;

/**
 * Ends what the form asked for and words the answer. "Others" spares the browser that asked: for
 * another person's sessions that is all of theirs.
 */
async function endAndSay(actor: Actor, userId: string, which: Which) {
  const t = staffMessages().sessions;
  const count = await endUserSessions(
    actor,
    userId,
    which.end === "one" ? { sessionId: which.sessionId } : { allBut: actor.sessionId ?? null },
  );
  refreshStaffPage();
  if (which.end === "others") return { message: t.signedOutMany(count) };
  return { message: count > 0 ? t.signedOutOne : t.alreadyEnded };
}

/** The security page's buttons: the signed-in person's own sessions, never anyone else's. */
export const endOwnSessionsAction = staffAction({
  name: "endOwnSessionsAction",
  permission: "admin:access",
  schema: WhichSchema,
  run: (actor, which) => endAndSay(actor, actor.id, which),
});

/** The same buttons on an admin's page for another user (user:manage; audited). */
export const endUserSessionsAction = staffAction({
  name: "endUserSessionsAction",
  permission: "user:manage",
  schema: z.object({ userId: id }).and(WhichSchema),
  run: (actor, input) => endAndSay(actor, input.userId, input),
});

/**
 * The button on the page a new-device email's link opens: ends that one session. No sign-in:
 * the link is the proof. The token is never echoed back.
 */
export async function endSessionWithLinkAction(
  _previous: FormState<{ ended: boolean }>,
  formData: FormData,
): Promise<FormState<{ ended: boolean }>> {
  const t = staffMessages().sessions;
  const parsed = z.object({ token: z.string().min(1).max(512) }).safeParse(formFields(formData));
  if (!parsed.success) return { ok: false, formError: t.badLink };
  try {
    return { ok: true, data: { ended: await endSessionWithLink(parsed.data.token) } };
  } catch (error) {
    if (isAppError(error)) return { ok: false, formError: error.message };
    console.error("[endSessionWithLinkAction]", (error as Error)?.name);
    return { ok: false, formError: "Something went wrong. Please try again." };
  }
}
