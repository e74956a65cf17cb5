import "server-only";
import NextAuth from "next-auth";
import { headers } from "next/headers";
import { forbidden, redirect } from "next/navigation";
import { cache } from "react";
import { createAuthConfig } from "@/lib/auth/config";
import { type Actor, type Permission, can } from "@/lib/auth/permissions";
import { ADMIN_PATH_HEADER } from "@/lib/auth/proxy";
import { loadActor } from "@/lib/auth/service";

// No route handler exposes Auth.js's own endpoints (/api/auth/*): signing in and out go through
// this app's server actions, and sign-out ends the session on the server (lib/auth/actions.ts).
const nextAuth = NextAuth(() => createAuthConfig());
const { auth } = nextAuth;
export const { signIn, signOut } = nextAuth;

/**
 * The signed-in, active staff member, or null. The token only names the user: role and status
 * are read from the database on every request, and a token whose session version is behind the
 * account's (signed out, deactivated, role changed, password reset) no longer counts.
 */
export const getActor = cache(async (): Promise<Actor | null> => {
  const session = await auth();
  return loadActor(session?.uid, session?.sv);
});

/**
 * For admin pages: sends signed-out visitors to /login (and back here afterwards), and answers
 * 403 with the admin "not allowed" page when the role may not use this page.
 */
export async function requireAdminPage(permission: Permission = "admin:access"): Promise<Actor> {
  const actor = await getActor();
  if (!actor) {
    const path = (await headers()).get(ADMIN_PATH_HEADER) ?? "/admin";
    redirect(`/login?callbackUrl=${encodeURIComponent(path)}`);
  }
  if (!can(actor, permission) || !can(actor, "admin:access")) forbidden();
  return actor;
}
