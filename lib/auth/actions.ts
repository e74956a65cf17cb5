"use server";

import { AuthError, CredentialsSignin } from "next-auth";
import { redirect, unstable_rethrow } from "next/navigation";
import { getActor, signIn, signOut } from "@/lib/auth";
import { ChangePasswordSchema, SignInSchema, safeCallbackUrl } from "@/lib/auth/schemas";
import {
  SIGN_IN_FAILED_MESSAGE,
  changeOwnPassword,
  endSessions,
  throttledMessage,
} from "@/lib/auth/service";
import { staffAction } from "@/lib/server-action";

export type SignInState = { email: string; error?: string };

/** The sign-in form: on failure the form shows one message and keeps the typed email. */
export async function signInAction(_prev: SignInState, formData: FormData): Promise<SignInState> {
  const rawEmail = formData.get("email");
  const email = (typeof rawEmail === "string" ? rawEmail : "").slice(0, 254);
  const parsed = SignInSchema.safeParse({ email, password: formData.get("password") ?? "" });
  if (!parsed.success) return { email, error: SIGN_IN_FAILED_MESSAGE };
  try {
    await signIn("credentials", {
      ...parsed.data,
      redirectTo: safeCallbackUrl(formData.get("callbackUrl")),
    });
  } catch (error) {
    unstable_rethrow(error);
    if (error instanceof CredentialsSignin && error.code.startsWith("throttled:")) {
      return { email, error: throttledMessage(Number(error.code.split(":")[1]) || 15) };
    }
    if (error instanceof AuthError) return { email, error: SIGN_IN_FAILED_MESSAGE };
    console.error("[signInAction]", error);
    return { email, error: "Signing in failed. Please try again." };
  }
  return { email };
}

/** Signs out: the session ends on the server too, not only in this browser. */
export async function signOutAction(): Promise<void> {
  const actor = await getActor();
  if (actor) await endSessions(actor);
  await signOut({ redirectTo: "/login?signedOut=1" });
}

/** Changes the signed-in person's own password, then signs them in again with it. */
export const changePasswordAction = staffAction({
  name: "changePasswordAction",
  permission: "admin:access",
  schema: ChangePasswordSchema,
  async run(actor, input) {
    await changeOwnPassword(actor, input);
    // The change ended every session, this one included: start a fresh one with the new password.
    await signIn("credentials", {
      email: actor.email,
      password: input.newPassword,
      redirectTo: "/admin/account?changed=1",
    }).catch((error: unknown) => {
      unstable_rethrow(error);
      redirect("/login?callbackUrl=/admin/account");
    });
  },
});
