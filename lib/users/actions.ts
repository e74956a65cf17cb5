"use server";

import { resetSecondFactor } from "@/lib/auth/two-factor/admin-reset";
import { AppError } from "@/lib/errors";
import { staffMessages } from "@/lib/i18n/messages/staff";
import { refreshStaffPath } from "@/lib/revalidate";
import { staffAction } from "@/lib/server-action";
import { ChangeRoleSchema, SetActiveSchema, UserIdSchema } from "@/lib/users/schemas";
import { changeUserRole, sendPasswordResetLink, setUserActive } from "@/lib/users/service";

/** The users list and, when given, one user's page are rendered again with the change. */
function refreshUserPages(userId?: string) {
  refreshStaffPath("/admin/users");
  if (userId) refreshStaffPath(`/admin/users/${userId}`);
}

export const changeUserRoleAction = staffAction({
  name: "changeUserRoleAction",
  permission: "user:manage",
  schema: ChangeRoleSchema,
  async run(actor, input) {
    await changeUserRole(actor, input);
    refreshUserPages(input.userId);
    return { message: "Role saved." };
  },
});

export const setUserActiveAction = staffAction({
  name: "setUserActiveAction",
  permission: "user:manage",
  schema: SetActiveSchema,
  async run(actor, input) {
    await setUserActive(actor, input);
    refreshUserPages(input.userId);
    return {
      message: input.isActive
        ? "The account is active again."
        : "The account is deactivated; its sessions have ended.",
    };
  },
});

/** "Send a password reset link": the owner chooses the new password themselves. */
export const sendPasswordResetLinkAction = staffAction({
  name: "sendPasswordResetLinkAction",
  permission: "user:manage",
  schema: UserIdSchema,
  async run(actor, input) {
    const { email, mailed } = await sendPasswordResetLink(actor, input.userId);
    const t = staffMessages().users;
    if (!mailed) throw new AppError("CONFLICT", t.resetLinkNotSent(email));
    return { message: t.resetLinkSent(email) };
  },
});

/** "Reset two-step verification" for someone who lost their device and recovery codes. */
export const resetSecondFactorAction = staffAction({
  name: "resetSecondFactorAction",
  permission: "user:manage",
  schema: UserIdSchema,
  async run(actor, input) {
    const { email, mailed } = await resetSecondFactor(actor, input.userId);
    refreshUserPages(input.userId);
    const done = staffMessages().twoFactor.resetDone(email);
    return { message: mailed ? done : `${done} ${staffMessages().users.twoFactorNotTold}` };
  },
});
