import "server-only";
import { AuthError, CredentialsSignin, type NextAuthConfig } from "next-auth";
import Credentials from "next-auth/providers/credentials";
import { getAuthSecret } from "@/lib/auth/secret";
import { SignInSchema, safeCallbackUrl } from "@/lib/auth/schemas";
import { authenticateWithPassword } from "@/lib/auth/service";

declare module "next-auth" {
  interface User {
    sessionVersion?: number;
  }
  interface Session {
    /** The signed-in user's id and the session version the token was issued for. */
    uid?: string;
    sv?: number;
  }
}

declare module "@auth/core/jwt" {
  interface JWT {
    uid?: string;
    sv?: number;
  }
}

/** A refused sign-in; `code` is "invalid" or "throttled:<minutes>" for the sign-in form. */
class SignInRefused extends CredentialsSignin {
  constructor(code: string) {
    super();
    this.code = code;
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
      Credentials({
        credentials: { email: {}, password: {} },
        async authorize(credentials, request) {
          const parsed = SignInSchema.safeParse(credentials);
          if (!parsed.success) throw new SignInRefused("invalid");
          const result = await authenticateWithPassword({
            ...parsed.data,
            ip: clientIp(request.headers),
          });
          if (result.ok) return { ...result.user, id: result.user.id };
          throw new SignInRefused(
            result.reason === "throttled" ? `throttled:${result.retryAfterMinutes}` : "invalid",
          );
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
        }
        return token;
      },
      session({ session, token }) {
        session.uid = token.uid;
        session.sv = token.sv;
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
