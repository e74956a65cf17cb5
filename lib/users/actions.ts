"use server";

import { refreshStaffPath } from "@/lib/revalidate";
import { staffAction } from "@/lib/server-action";
import { ChangeRoleSchema, ResetPasswordSchema, SetActiveSchema } from "@/lib/users/schemas";
import { changeUserRole, resetUserPassword, setUserActive } from "@/lib/users/service";

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

export const resetUserPasswordAction = staffAction({
  name: "resetUserPasswordAction",
  permission: "user:manage",
  schema: ResetPasswordSchema,
  async run(actor, input) {
    const { generatedPassword } = await resetUserPassword(actor, input);
    refreshUserPages(input.userId);
    return {
      data: { generatedPassword },
      message: "Password reset; the account's sessions have ended.",
    };
  },
});
