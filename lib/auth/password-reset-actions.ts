"use server";

import { headers } from "next/headers";
import { fromZodError } from "@/lib/action-result";
import { continueSignIn } from "@/lib/auth/sign-in-flow";
import { clientIp } from "@/lib/auth/config";
import { ChoosePasswordSchema, ForgotPasswordSchema } from "@/lib/auth/invitations-schemas";
import { requestPasswordReset, resetPasswordWithLink } from "@/lib/auth/password-reset";
import { isAppError } from "@/lib/errors";
import { type FormState, formValues } from "@/lib/form-state";
import { staffMessages } from "@/lib/i18n/messages/staff";
import { formFields } from "@/lib/server-action";

const FAILED = "Something went wrong. Please try again.";

/** The forgotten-password form: the same answer whether or not the address has an account. */
export async function forgotPasswordAction(
  _previous: FormState,
  formData: FormData,
): Promise<FormState> {
  const values = formValues(formData);
  const parsed = ForgotPasswordSchema.safeParse(formFields(formData));
  if (!parsed.success) return { ...fromZodError(parsed.error), values };
  try {
    await requestPasswordReset({ email: parsed.data.email, ip: clientIp(await headers()) });
  } catch (error) {
    if (isAppError(error)) return { ok: false, formError: error.message, values };
    console.error("[forgotPasswordAction]", (error as Error)?.name);
    return { ok: false, formError: FAILED, values };
  }
  return { ok: true, data: undefined, message: staffMessages().passwordReset.sent, values };
}

/** The reset page's form: sets the password, then signs the person in with it. */
export async function resetPasswordAction(
  _previous: FormState,
  formData: FormData,
): Promise<FormState> {
  const values = formValues(formData);
  const parsed = ChoosePasswordSchema.safeParse(formFields(formData));
  if (!parsed.success) return { ...fromZodError(parsed.error), values };
  let userId: string;
  try {
    ({ id: userId } = await resetPasswordWithLink(parsed.data));
  } catch (error) {
    if (isAppError(error)) return { ok: false, formError: error.message, values };
    console.error("[resetPasswordAction]", (error as Error)?.name);
    return { ok: false, formError: FAILED, values };
  }
  // Signed in at once, or on to the second step when the account already has a second factor.
  await continueSignIn(userId, "/admin");
  return { ok: true, data: undefined, values };
}
