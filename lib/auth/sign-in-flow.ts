import "server-only";
import { createHmac, randomBytes } from "node:crypto";
import { cookies, headers } from "next/headers";
import { AuthError } from "next-auth";
import { redirect, unstable_rethrow } from "next/navigation";
import { signIn } from "@/lib/auth";
import { clientIp } from "@/lib/auth/config";
import { addressOf } from "@/lib/auth/service";
import { createTicket } from "@/lib/auth/tickets";
import { hasSecondFactor } from "@/lib/auth/two-factor/policy";
import { getEnv } from "@/lib/env";
import { getAppSecret } from "@/lib/secrets";

/** Holds the sign-in ticket between the password and the second step (10 minutes, /login only). */
export const TICKET_COOKIE = "campaign-sign-in";
/** A random id per browser, so a sign-in from a browser never seen before can be told. */
const DEVICE_COOKIE = "campaign-device";
const DEVICE_MAX_AGE = 2 * 365 * 24 * 60 * 60;

const secureCookies = () => getEnv().SITE_URL?.startsWith("https:") ?? false;

/** This browser's device id (made and set when it has none), as a keyed hash. */
async function deviceHash(): Promise<string> {
  const jar = await cookies();
  let id = jar.get(DEVICE_COOKIE)?.value;
  if (!id || !/^[\w-]{20,64}$/.test(id)) {
    id = randomBytes(24).toString("base64url");
    jar.set(DEVICE_COOKIE, id, {
      httpOnly: true,
      sameSite: "lax",
      secure: secureCookies(),
      path: "/",
      maxAge: DEVICE_MAX_AGE,
    });
  }
  return createHmac("sha256", getAppSecret("device-id")).update(id).digest("base64url");
}

/** Exchanges a ticket that passed every step for the session cookie, and goes on. */
export async function finishSignIn(token: string, callbackUrl: string): Promise<never> {
  (await cookies()).delete({ name: TICKET_COOKIE, path: "/login" });
  try {
    await signIn("credentials", { ticket: token, redirectTo: callbackUrl });
  } catch (error) {
    unstable_rethrow(error);
    // The ticket was refused (used meanwhile, expired, account deactivated): start again.
    if (!(error instanceof AuthError)) throw error;
  }
  redirect("/login");
}

/**
 * The password (or an invitation or reset link) proved who this is: starts the session at once,
 * or sends the browser to the second step when the account has a second factor. Server actions
 * only (it sets cookies and redirects).
 */
export async function continueSignIn(userId: string, callbackUrl: string): Promise<never> {
  const requestHeaders = await headers();
  const needsSecondStep = await hasSecondFactor(userId);
  const token = await createTicket({
    userId,
    ready: !needsSecondStep,
    callbackUrl,
    userAgent: requestHeaders.get("user-agent") ?? "",
    deviceHash: await deviceHash(),
    addressHash: addressOf(clientIp(requestHeaders)),
  });
  if (!needsSecondStep) return finishSignIn(token, callbackUrl);
  (await cookies()).set(TICKET_COOKIE, token, {
    httpOnly: true,
    sameSite: "lax",
    secure: secureCookies(),
    path: "/login",
    maxAge: 10 * 60,
  });
  redirect("/login/verify");
}
