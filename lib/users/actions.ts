"use server";

import { revalidatePath } from "next/cache";
import { type FormState, withValues } from "@/lib/form-state";
import { fromError, fromZodError, ok } from "@/lib/action-result";
import { requirePermission } from "@/lib/auth";
import { isAppError } from "@/lib/errors";
import {
  ChangeRoleSchema,
  CreateUserSchema,
  ResetPasswordSchema,
  SetActiveSchema,
} from "@/lib/users/schemas";
import {
  type CreatedUser,
  changeUserRole,
  createUser,
  resetUserPassword,
  setUserActive,
} from "@/lib/users/service";

function refresh(userId?: string) {
  revalidatePath("/admin/users");
  if (userId) revalidatePath(`/admin/users/${userId}`);
}

export async function createUserAction(
  _prev: FormState<CreatedUser>,
  formData: FormData,
): Promise<FormState<CreatedUser>> {
  try {
    const actor = await requirePermission("user:manage");
    const parsed = CreateUserSchema.safeParse(Object.fromEntries(formData));
    if (!parsed.success) return withValues(fromZodError(parsed.error), formData);
    const created = await createUser(actor, parsed.data);
    refresh();
    return ok(created, `Created the account ${created.email}.`);
  } catch (error) {
    if (isAppError(error) && error.code === "CONFLICT") {
      return withValues({ ok: false, fieldErrors: { email: [error.message] } }, formData);
    }
    return withValues(fromError(error, "createUserAction"), formData);
  }
}

export async function changeUserRoleAction(
  _prev: FormState,
  formData: FormData,
): Promise<FormState> {
  try {
    const actor = await requirePermission("user:manage");
    const parsed = ChangeRoleSchema.safeParse(Object.fromEntries(formData));
    if (!parsed.success) return withValues(fromZodError(parsed.error), formData);
    await changeUserRole(actor, parsed.data);
    refresh(parsed.data.userId);
    return withValues(ok(undefined, "Role saved."), formData);
  } catch (error) {
    return withValues(fromError(error, "changeUserRoleAction"), formData);
  }
}

export async function setUserActiveAction(
  _prev: FormState,
  formData: FormData,
): Promise<FormState> {
  try {
    const actor = await requirePermission("user:manage");
    const parsed = SetActiveSchema.safeParse(Object.fromEntries(formData));
    if (!parsed.success) return fromZodError(parsed.error);
    await setUserActive(actor, parsed.data);
    refresh(parsed.data.userId);
    return ok(
      undefined,
      parsed.data.isActive
        ? "The account is active again."
        : "The account is deactivated; its sessions have ended.",
    );
  } catch (error) {
    return fromError(error, "setUserActiveAction");
  }
}

export async function resetUserPasswordAction(
  _prev: FormState<{ generatedPassword: string | null }>,
  formData: FormData,
): Promise<FormState<{ generatedPassword: string | null }>> {
  try {
    const actor = await requirePermission("user:manage");
    const parsed = ResetPasswordSchema.safeParse(Object.fromEntries(formData));
    if (!parsed.success) return fromZodError(parsed.error);
    const { generatedPassword } = await resetUserPassword(actor, parsed.data);
    refresh(parsed.data.userId);
    return ok({ generatedPassword }, "Password reset; the account's sessions have ended.");
  } catch (error) {
    return fromError(error, "resetUserPasswordAction");
  }
}
