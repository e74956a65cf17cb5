"use server";

import type {
  AuthenticationResponseJSON,
  PublicKeyCredentialCreationOptionsJSON,
  PublicKeyCredentialRequestOptionsJSON,
  RegistrationResponseJSON,
} from "@simplewebauthn/server";
import { cookies } from "next/headers";
import { z } from "zod";
import { getActor } from "@/lib/auth";
import { attemptSecondStep } from "@/lib/auth/second-step";
import { signInWait, throttledMessage } from "@/lib/auth/service";
import { TICKET_COOKIE, finishSignIn } from "@/lib/auth/sign-in-flow";
import { findTicket } from "@/lib/auth/tickets";
import {
  REGISTRATION_TTL_MS,
  beginKeyRegistration,
  beginKeySignIn,
  checkKeySignIn,
  finishKeyRegistration,
  removeSecurityKey,
} from "@/lib/auth/two-factor/webauthn";
import { getEnv } from "@/lib/env";
import { isAppError } from "@/lib/errors";
import { staffMessages } from "@/lib/i18n/messages/staff";
import { refreshStaffPath } from "@/lib/revalidate";
import { staffAction } from "@/lib/server-action";

const SECURITY_PATH = "/admin/account/security";
/** Holds the sealed registration challenge between the two halves of adding a key. */
const REGISTRATION_COOKIE = "campaign-webauthn-setup";
const t = () => staffMessages().securityKeys;

const NameSchema = z.string().trim().min(1, t().nameRequired).max(60, t().nameTooLong);

// The browser's answers, bounded in size and shape; SimpleWebAuthn checks everything else.
const base64url = z
  .string()
  .max(16_384)
  .regex(/^[\w-]*={0,2}$/);
const credentialShape = {
  id: base64url.min(1),
  rawId: base64url.min(1),
  type: z.literal("public-key"),
  clientExtensionResults: z.looseObject({}),
  authenticatorAttachment: z.enum(["platform", "cross-platform"]).optional(),
};
const RegistrationSchema = z.looseObject({
  ...credentialShape,
  response: z.looseObject({
    clientDataJSON: base64url,
    attestationObject: base64url,
    transports: z.array(z.string().max(32)).max(16).optional(),
  }),
});
const AuthenticationSchema = z.looseObject({
  ...credentialShape,
  response: z.looseObject({
    clientDataJSON: base64url,
    authenticatorData: base64url,
    signature: base64url,
    userHandle: base64url.optional(),
  }),
});

export type KeyRegistrationStart =
  | { ok: true; options: PublicKeyCredentialCreationOptionsJSON }
  | { ok: false; error: string; nameError?: string };

export type KeyRegistrationDone =
  { ok: true; message: string; codes: string[] } | { ok: false; error: string; nameError?: string };

/** An expected refusal as its message; anything else is logged and told calmly. */
function refusal(error: unknown, name: string): { ok: false; error: string } {
  if (isAppError(error)) return { ok: false, error: error.message };
  console.error(`[${name}]`, error);
  return { ok: false, error: t().addFailed };
}

/**
 * The first half of adding a key to the signed-in person's own account (also while the policy
 * holds them to setting up a second factor): checks the name, and returns what the browser
 * needs to make a credential. The challenge waits in a sealed httpOnly cookie for five minutes.
 */
export async function beginKeyRegistrationAction(name: unknown): Promise<KeyRegistrationStart> {
  const actor = await getActor();
  if (!actor) return { ok: false, error: t().signedOut };
  const parsed = NameSchema.safeParse(name);
  if (!parsed.success) {
    const nameError = parsed.error.issues[0]?.message ?? t().nameRequired;
    return { ok: false, error: nameError, nameError };
  }
  try {
    const { options, pending } = await beginKeyRegistration(actor);
    (await cookies()).set(REGISTRATION_COOKIE, pending, {
      httpOnly: true,
      sameSite: "strict",
      secure: getEnv().SITE_URL?.startsWith("https:") ?? false,
      path: SECURITY_PATH,
      maxAge: REGISTRATION_TTL_MS / 1000,
    });
    return { ok: true, options };
  } catch (error) {
    return refusal(error, "beginKeyRegistrationAction");
  }
}

/**
 * The second half: checks the key's answer against the challenge in the cookie (used once),
 * stores the key under the name typed, and returns new recovery codes when it is the account's
 * first second factor.
 */
export async function finishKeyRegistrationAction(
  name: unknown,
  response: unknown,
): Promise<KeyRegistrationDone> {
  const actor = await getActor();
  if (!actor) return { ok: false, error: t().signedOut };
  const jar = await cookies();
  const pending = jar.get(REGISTRATION_COOKIE)?.value;
  jar.delete({ name: REGISTRATION_COOKIE, path: SECURITY_PATH });
  const parsedName = NameSchema.safeParse(name);
  if (!parsedName.success) {
    const nameError = parsedName.error.issues[0]?.message ?? t().nameRequired;
    return { ok: false, error: nameError, nameError };
  }
  const parsed = RegistrationSchema.safeParse(response);
  if (!parsed.success) return { ok: false, error: t().addFailed };
  try {
    const { codes } = await finishKeyRegistration(actor, {
      name: parsedName.data,
      response: parsed.data as RegistrationResponseJSON,
      pending,
    });
    refreshStaffPath(SECURITY_PATH);
    return { ok: true, message: t().added(parsedName.data), codes };
  } catch (error) {
    return refusal(error, "finishKeyRegistrationAction");
  }
}

/** Removes one of the signed-in person's own keys (a plain form: works without JavaScript). */
export const removeSecurityKeyAction = staffAction({
  name: "removeSecurityKeyAction",
  // Held by every role, and allowed while the policy holds the account to its setup.
  permission: "admin:access",
  schema: z.object({ keyId: z.string().min(1).max(2048) }),
  async run(actor, input) {
    const name = await removeSecurityKey(actor, input.keyId);
    refreshStaffPath(SECURITY_PATH);
    return { message: t().removed(name), values: {} };
  },
});

export type KeySignInStart =
  { ok: true; options: PublicKeyCredentialRequestOptionsJSON } | { ok: false; error: string };

async function ticketToken(): Promise<string | undefined> {
  return (await cookies()).get(TICKET_COOKIE)?.value;
}

/**
 * The second step with a key, first half: what the browser needs to ask for one of the
 * account's keys; the challenge is kept on the sign-in ticket.
 */
export async function beginKeySignInAction(): Promise<KeySignInStart> {
  const ticket = await findTicket(await ticketToken());
  if (!ticket) return { ok: false, error: staffMessages().twoFactor.expired };
  const wait = await signInWait(ticket.email, ticket.addressHash);
  if (wait !== null) return { ok: false, error: throttledMessage(wait) };
  const options = await beginKeySignIn(ticket);
  if (!options) return { ok: false, error: t().wrongKey };
  return { ok: true, options };
}

/**
 * The second half: the key's answer is one attempt of the second step (throttled, counted when
 * wrong, audited). When it is right the session starts and the browser goes on; otherwise the
 * message comes back.
 */
export async function finishKeySignInAction(response: unknown): Promise<{ error: string }> {
  const token = await ticketToken();
  const parsed = AuthenticationSchema.safeParse(response);
  const answer = parsed.success ? (parsed.data as AuthenticationResponseJSON) : null;
  const result = await attemptSecondStep(token, "security-key", (ticket) =>
    checkKeySignIn(ticket, answer),
  );
  if (!result.ok) return { error: result.reason === "wrong" ? t().wrongKey : result.message };
  return finishSignIn(token!, result.ticket.callbackUrl);
}
