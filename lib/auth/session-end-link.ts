import "server-only";
import { recordAudit } from "@/lib/audit";
import { sessionOfLink } from "@/lib/auth/new-device";
import { endSessionById } from "@/lib/auth/sessions";
import { getDb } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { staffMessages } from "@/lib/i18n/messages/staff";

/** A session as the page of a new-device email's link shows it. */
export type LinkedSession = { browser: string; os: string; createdAt: Date; ended: boolean };

const readable = (token: string) => token.length > 0 && token.length <= 512;

async function sessionRow(token: string) {
  const sessionId = readable(token) ? sessionOfLink(token) : null;
  if (!sessionId) return null;
  return getDb().staffSession.findUnique({
    where: { id: sessionId },
    select: {
      id: true,
      browser: true,
      os: true,
      createdAt: true,
      endedAt: true,
      user: { select: { id: true, email: true } },
    },
  });
}

/**
 * The session an end-session link names, or null when the link was altered, has expired or names
 * nothing (no permission: the link is the proof). Reading it changes nothing, since mail scanners
 * open links.
 */
export async function findLinkedSession(token: string): Promise<LinkedSession | null> {
  const row = await sessionRow(token);
  if (!row) return null;
  return { browser: row.browser, os: row.os, createdAt: row.createdAt, ended: !!row.endedAt };
}

/**
 * Ends the one session the link names (no permission: the link is the proof), audited. Returns
 * false when it had ended already; a bad link is refused.
 */
export async function endSessionWithLink(token: string): Promise<boolean> {
  const row = await sessionRow(token);
  if (!row) throw new AppError("INVALID", staffMessages().sessions.badLink);
  const ended = await endSessionById(row.id);
  if (ended) {
    await recordAudit(null, {
      action: "auth.session_end_link",
      targetType: "User",
      targetId: row.user.id,
      summary: `A session of ${row.user.email} was ended with the link in a new sign-in email`,
      details: { sessionId: row.id, browser: row.browser, os: row.os },
    });
  }
  return ended;
}
