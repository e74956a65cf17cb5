"use server";

import { redirect } from "next/navigation";
import { z } from "zod";
import { getActor } from "@/lib/auth";
import {
  cancelAuthenticatorSetup,
  confirmAuthenticator,
  regenerateRecoveryCodes,
  removeAuthenticator,
  startAuthenticatorSetup,
} from "@/lib/auth/two-factor/service";
import { staffMessages } from "@/lib/i18n/messages/staff";
import { refreshStaffPath } from "@/lib/revalidate";
import { staffAction } from "@/lib/server-action";

const SECURITY_PATH = "/admin/account/security";
const t = () => staffMessages().twoFactor;
const Empty = z.object({});

/** Shows a new authenticator secret and QR code on the security page (plain form, no state). */
export async function startAuthenticatorSetupAction(): Promise<void> {
  const actor = await getActor();
  if (!actor) redirect(`/login?callbackUrl=${encodeURIComponent(SECURITY_PATH)}`);
  await startAuthenticatorSetup(actor);
  refreshStaffPath(SECURITY_PATH);
  redirect(SECURITY_PATH);
}

/** Drops the secret shown for setup. */
export async function cancelAuthenticatorSetupAction(): Promise<void> {
  const actor = await getActor();
  if (!actor) redirect("/login");
  await cancelAuthenticatorSetup(actor);
  refreshStaffPath(SECURITY_PATH);
  redirect(SECURITY_PATH);
}

// Each of these needs only a session (admin:access stays allowed while the policy holds the
// account to setting up a second factor); they change the actor's own account only.

export const confirmAuthenticatorAction = staffAction({
  name: "confirmAuthenticatorAction",
  permission: "admin:access",
  schema: z.object({ code: z.string().trim().min(1, t().confirmWrong).max(20) }),
  async run(actor, input) {
    const codes = await confirmAuthenticator(actor, input.code);
    refreshStaffPath(SECURITY_PATH);
    return { data: { codes }, message: t().confirmed, values: {} };
  },
});

export const removeAuthenticatorAction = staffAction({
  name: "removeAuthenticatorAction",
  permission: "admin:access",
  schema: Empty,
  async run(actor) {
    await removeAuthenticator(actor);
    refreshStaffPath(SECURITY_PATH);
    return { message: t().removed };
  },
});

export const regenerateRecoveryCodesAction = staffAction({
  name: "regenerateRecoveryCodesAction",
  permission: "admin:access",
  schema: Empty,
  async run(actor) {
    const codes = await regenerateRecoveryCodes(actor);
    refreshStaffPath(SECURITY_PATH);
    return { data: { codes } };
  },
});
