"use server";

import { fromZodError } from "@/lib/action-result";
import { continueSignIn } from "@/lib/auth/sign-in-flow";
import { acceptInvitation, inviteStaff, revokeInvitation } from "@/lib/auth/invitations";
import {
  ChoosePasswordSchema,
  InviteSchema,
  RevokeInvitationSchema,
} from "@/lib/auth/invitations-schemas";
import { isAppError } from "@/lib/errors";
import { type FormState, formValues } from "@/lib/form-state";
import { staffMessages } from "@/lib/i18n/messages/staff";
import { refreshStaffPath } from "@/lib/revalidate";
import { formFields, staffAction } from "@/lib/server-action";

export const inviteStaffAction = staffAction({
  name: "inviteStaffAction",
  permission: "user:manage",
  schema: InviteSchema,
  async run(actor, input) {
    const sent = await inviteStaff(actor, input);
    refreshStaffPath("/admin/users");
    const t = staffMessages().invitations;
    return {
      data: sent,
      message: sent.mailed ? t.sent(sent.email) : t.notMailed(sent.email),
      values: {},
    };
  },
});

export const revokeInvitationAction = staffAction({
  name: "revokeInvitationAction",
  permission: "user:manage",
  schema: RevokeInvitationSchema,
  async run(actor, input) {
    const email = await revokeInvitation(actor, input.invitationId);
    refreshStaffPath("/admin/users");
    return { message: staffMessages().invitations.revoked(email) };
  },
});

/** The invitation page's form: creates the account, then signs its owner in. */
export async function acceptInvitationAction(
  _previous: FormState,
  formData: FormData,
): Promise<FormState> {
  const values = formValues(formData);
  const parsed = ChoosePasswordSchema.safeParse(formFields(formData));
  if (!parsed.success) return { ...fromZodError(parsed.error), values };
  let userId: string;
  try {
    ({ id: userId } = await acceptInvitation(parsed.data));
  } catch (error) {
    if (isAppError(error)) return { ok: false, formError: error.message, values };
    console.error("[acceptInvitationAction]", (error as Error)?.name);
    return { ok: false, formError: "Something went wrong. Please try again.", values };
  }
  // Signed in at once, or on to the second step when the account already has a second factor.
  await continueSignIn(userId, "/admin");
  return { ok: true, data: undefined, values };
}
