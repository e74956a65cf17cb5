import "server-only";
import { getDb } from "@/lib/db";
import { staffMessages } from "@/lib/i18n/messages/staff";
import { sendMail } from "@/lib/mail";
import { seal, unseal } from "@/lib/secrets";
import { absoluteUrl } from "@/lib/urls";

const PURPOSE = "end-session-link";
/** As long as a session can live. */
const LINK_TTL_MS = 7 * 24 * 60 * 60 * 1000;

/** The link in a new-device email that ends that one session. */
export function endSessionLink(sessionId: string, now = Date.now()): string {
  return absoluteUrl(`/session/end/${seal(PURPOSE, { s: sessionId, e: now + LINK_TTL_MS })}`);
}

/** The session an end-session link names while it works, or null. */
export function sessionOfLink(token: string, now = Date.now()): string | null {
  const data = unseal(PURPOSE, token) as { s?: unknown; e?: unknown } | null;
  if (!data || typeof data.s !== "string" || typeof data.e !== "number" || data.e <= now) {
    return null;
  }
  return data.s;
}

/**
 * Tells the account's owner that a browser it had never signed in from has just signed in,
 * with a link that ends that session. Not for an account's very first browser: there is nothing
 * to compare with yet. Never fails the sign-in: a mail error is logged by sendMail.
 */
export async function notifyNewDevice(userId: string, sessionId: string): Promise<void> {
  try {
    const [user, devices, session] = await Promise.all([
      getDb().user.findUnique({ where: { id: userId }, select: { email: true } }),
      getDb().knownDevice.count({ where: { userId } }),
      getDb().staffSession.findUnique({
        where: { id: sessionId },
        select: { browser: true, os: true, createdAt: true },
      }),
    ]);
    if (!user || !session || devices < 2) return;
    const t = staffMessages().sessions;
    await sendMail({
      to: user.email,
      lang: "en",
      subject: t.newDeviceSubject,
      text: t.newDeviceBody(
        [session.browser, session.os].filter(Boolean).join(", ") || t.unknownDevice,
        session.createdAt.toUTCString(),
        endSessionLink(sessionId),
        absoluteUrl("/login/forgot"),
      ),
    });
  } catch (error) {
    console.error("[notifyNewDevice]", (error as Error)?.name);
  }
}
