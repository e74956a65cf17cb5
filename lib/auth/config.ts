import "server-only";
import { AuthError, CredentialsSignin, type NextAuthConfig } from "next-auth";
import Credentials from "next-auth/providers/credentials";
import { getAuthSecret } from "@/lib/auth/secret";
import { safeCallbackUrl } from "@/lib/auth/schemas";
import { notifyNewDevice } from "@/lib/auth/new-device";
import { redeemTicket } from "@/lib/auth/tickets";

declare module "next-auth" {
  interface User {
    sessionVersion?: number;
    sessionId?: string;
  }
  interface Session {
    /** The signed-in user's id, the session version the token was issued for, its session row. */
    uid?: string;
    sv?: number;
    sid?: string;
  }
}

declare module "@auth/core/jwt" {
  interface JWT {
    uid?: string;
    sv?: number;
    sid?: string;
  }
}

/** The first address in X-Forwarded-For (Next.js sets it from the socket when no proxy did). */
export function clientIp(headers: Headers): string | null {
  const forwarded = headers.get("x-forwarded-for")?.split(",")[0]?.trim();
  return forwarded || headers.get("x-real-ip") || null;
}

const SESSION_MAX_AGE = 7 * 24 * 60 * 60;

/** A target's path when it is on this site (relative, or absolute on `baseUrl`), else /admin. */
function sameSitePath(url: string, baseUrl: string): string {
  let target: URL;
  try {
    target = new URL(url, baseUrl);
  } catch {
    return "/admin";
  }
  if (target.origin !== new URL(baseUrl).origin) return "/admin";
  return safeCallbackUrl(`${target.pathname}${target.search}${target.hash}`);
}

/** Built on first use, not at import, so `next build` never reads or creates the secret. */
export function createAuthConfig(): NextAuthConfig {
  return {
    secret: getAuthSecret(),
    trustHost: true,
    session: { strategy: "jwt", maxAge: SESSION_MAX_AGE },
    pages: { signIn: "/login", error: "/login" },
    providers: [
      // The only way in: a ticket that passed the password and, where the account has one, the
      // second factor (lib/auth/sign-in-flow.ts). It is used once and starts a session row.
      Credentials({
        credentials: { ticket: {} },
        async authorize(credentials) {
          const ticket = typeof credentials.ticket === "string" ? credentials.ticket : "";
          const started = ticket ? await redeemTicket(ticket) : null;
          if (!started) throw new CredentialsSignin();
          if (started.newDevice) void notifyNewDevice(started.id, started.sessionId);
          return {
            id: started.id,
            sessionVersion: started.sessionVersion,
            sessionId: started.sessionId,
          };
        },
      }),
    ],
    callbacks: {
      // Where to go after signing in or out, as a path on this site. Auth.js would make it
      // absolute from the host Next.js sees, which behind the front is a private port.
      redirect({ url, baseUrl }) {
        return sameSitePath(url, baseUrl);
      },
      jwt({ token, user }) {
        if (user?.id) {
          token.uid = user.id;
          token.sv = user.sessionVersion ?? 0;
          token.sid = user.sessionId;
        }
        return token;
      },
      session({ session, token }) {
        session.uid = token.uid;
        session.sv = token.sv;
        session.sid = token.sid;
        return session;
      },
    },
    logger: {
      // A wrong password is an expected event (audited), not a server error.
      error(error) {
        if (error instanceof CredentialsSignin) return;
        // A stale or tampered cookie simply means "signed out".
        if (error instanceof AuthError && error.type === "JWTSessionError") {
          console.warn("[auth] ignored an unreadable session cookie");
          return;
        }
        console.error("[auth]", error);
      },
    },
  };
}
