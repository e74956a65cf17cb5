"use server";

import { AuthError } from "next-auth";
import { headers } from "next/headers";
import { unstable_rethrow } from "next/navigation";
import { recordAudit } from "@/lib/audit";
import { getActor, signOut } from "@/lib/auth";
import { clientIp } from "@/lib/auth/config";
import { ChangePasswordSchema, SignInSchema, safeCallbackUrl } from "@/lib/auth/schemas";
import {
  SIGN_IN_FAILED_MESSAGE,
  authenticateWithPassword,
  changeOwnPassword,
  throttledMessage,
} from "@/lib/auth/service";
import { endSessionById } from "@/lib/auth/sessions";
import { continueSignIn } from "@/lib/auth/sign-in-flow";
import { staffAction } from "@/lib/server-action";

export type SignInState = { email: string; error?: string };

/**
 * The sign-in form's first step: on failure the form shows one message and keeps the typed
 * email; on success the session starts, or the second step follows (lib/auth/sign-in-flow.ts).
 */
export async function signInAction(_prev: SignInState, formData: FormData): Promise<SignInState> {
  const rawEmail = formData.get("email");
  const email = (typeof rawEmail === "string" ? rawEmail : "").slice(0, 254);
  const parsed = SignInSchema.safeParse({ email, password: formData.get("password") ?? "" });
  if (!parsed.success) return { email, error: SIGN_IN_FAILED_MESSAGE };
  try {
    const result = await authenticateWithPassword({
      ...parsed.data,
      ip: clientIp(await headers()),
    });
    if (!result.ok) {
      return {
        email,
        error:
          result.reason === "throttled"
            ? throttledMessage(result.retryAfterMinutes)
            : SIGN_IN_FAILED_MESSAGE,
      };
    }
    await continueSignIn(result.user.id, safeCallbackUrl(formData.get("callbackUrl")));
  } catch (error) {
    unstable_rethrow(error);
    if (error instanceof AuthError) return { email, error: SIGN_IN_FAILED_MESSAGE };
    console.error("[signInAction]", error);
    return { email, error: "Signing in failed. Please try again." };
  }
  return { email };
}

/** Signs out: this browser's session ends on the server too, not only in this browser. */
export async function signOutAction(): Promise<void> {
  const actor = await getActor();
  if (actor?.sessionId && (await endSessionById(actor.sessionId))) {
    await recordAudit(actor, {
      action: "auth.sign_out",
      targetType: "User",
      targetId: actor.id,
      summary: `${actor.email} signed out`,
    });
  }
  await signOut({ redirectTo: "/login?signedOut=1" });
}

/** Changes the signed-in person's own password, then signs them in again with it. */
export const changePasswordAction = staffAction({
  name: "changePasswordAction",
  permission: "admin:access",
  schema: ChangePasswordSchema,
  async run(actor, input) {
    await changeOwnPassword(actor, input);
    // The change ended every session, this one included: start a fresh one (with the second
    // step again when the account has a second factor).
    await continueSignIn(actor.id, "/admin/account?changed=1");
  },
});
