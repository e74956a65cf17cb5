import "server-only";
import NextAuth from "next-auth";
import { headers } from "next/headers";
import { forbidden, redirect } from "next/navigation";
import { cache } from "react";
import { createAuthConfig } from "@/lib/auth/config";
import { type Actor, type Permission, can } from "@/lib/auth/permissions";
import { ADMIN_PATH_HEADER } from "@/lib/auth/proxy";
import { loadActor } from "@/lib/auth/service";
import { sessionIsLive } from "@/lib/auth/sessions";
import { getTwoFactorPolicy, hasSecondFactor, policyRequires } from "@/lib/auth/two-factor/policy";

/** Where a staff member without the second factor the policy asks for is sent. */
const TWO_FACTOR_SETUP_PATH = "/admin/account/security?required=1";

// No route handler exposes Auth.js's own endpoints (/api/auth/*): signing in and out go through
// this app's server actions, and sign-out ends the session on the server (lib/auth/actions.ts).
const nextAuth = NextAuth(() => createAuthConfig());
const { auth } = nextAuth;
export const { signIn, signOut } = nextAuth;

/**
 * The signed-in, active staff member, or null. The token only names the user and its session
 * row: role and status are read from the database on every request, and a token whose session
 * was ended (signed out, revoked from another browser) or whose version is behind the account's
 * (deactivated, role changed, password reset) no longer counts.
 */
export const getActor = cache(async (): Promise<Actor | null> => {
  const session = await auth();
  if (!session?.sid) return null;
  const [actor, live, policy] = await Promise.all([
    loadActor(session.uid, session.sv),
    session.uid ? sessionIsLive(session.sid, session.uid) : false,
    getTwoFactorPolicy(),
  ]);
  if (!actor || !live) return null;
  const pending = policyRequires(policy, actor.role) && !(await hasSecondFactor(actor.id));
  return { ...actor, sessionId: session.sid, ...(pending ? { pendingTwoFactorSetup: true } : {}) };
});

/**
 * For admin pages: sends signed-out visitors to /login (and back here afterwards), a staff member
 * the two-factor policy holds back to set up a second factor, and answers 403 with the admin
 * "not allowed" page when the role may not use this page.
 */
export async function requireAdminPage(
  permission: Permission = "admin:access",
  options: { duringTwoFactorSetup?: boolean } = {},
): Promise<Actor> {
  const actor = await getActor();
  if (!actor) {
    const path = (await headers()).get(ADMIN_PATH_HEADER) ?? "/admin";
    redirect(`/login?callbackUrl=${encodeURIComponent(path)}`);
  }
  if (actor.pendingTwoFactorSetup && !options.duringTwoFactorSetup) redirect(TWO_FACTOR_SETUP_PATH);
  if (!can(actor, permission) || !can(actor, "admin:access")) forbidden();
  return actor;
}
