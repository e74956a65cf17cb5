import "server-only";
import { randomBytes } from "node:crypto";
import { hashToken } from "@/lib/auth/invitations";
import { startSession } from "@/lib/auth/sessions";
import { getDb } from "@/lib/db";

/** How long the second step may take after the password. */
const TICKET_TTL_MS = 10 * 60 * 1000;

export type TicketStart = {
  userId: string;
  /** True when no second step is needed. */
  ready: boolean;
  callbackUrl: string;
  userAgent: string;
  deviceHash: string;
  addressHash: string;
};

/** Records that the password step passed; returns the random token the browser keeps. */
export async function createTicket(input: TicketStart, now = new Date()): Promise<string> {
  const token = randomBytes(32).toString("base64url");
  await getDb().signInTicket.create({
    data: {
      ...input,
      userAgent: input.userAgent.slice(0, 512),
      tokenHash: hashToken(token),
      expiresAt: new Date(now.getTime() + TICKET_TTL_MS),
    },
  });
  return token;
}

export type PendingTicket = {
  id: string;
  userId: string;
  email: string;
  challenge: string | null;
  callbackUrl: string;
  addressHash: string;
};

/** The unused, unexpired ticket a token stands for, with its account's email, or null. */
export async function findTicket(
  token: string | undefined,
  now = new Date(),
): Promise<PendingTicket | null> {
  if (!token || token.length > 100) return null;
  const ticket = await getDb().signInTicket.findUnique({
    where: { tokenHash: hashToken(token) },
    select: {
      id: true,
      userId: true,
      challenge: true,
      callbackUrl: true,
      addressHash: true,
      usedAt: true,
      expiresAt: true,
      user: { select: { email: true, isActive: true } },
    },
  });
  if (!ticket || ticket.usedAt || ticket.expiresAt <= now || !ticket.user.isActive) return null;
  return {
    id: ticket.id,
    userId: ticket.userId,
    email: ticket.user.email,
    challenge: ticket.challenge,
    callbackUrl: ticket.callbackUrl,
    addressHash: ticket.addressHash,
  };
}

/** Marks the second step as passed, with the method used ("totp", "recovery", "security-key"). */
export async function markTicketReady(ticketId: string, method: string): Promise<void> {
  await getDb().signInTicket.update({
    where: { id: ticketId },
    data: { ready: true, method, challenge: null },
  });
}

export async function setTicketChallenge(ticketId: string, challenge: string): Promise<void> {
  await getDb().signInTicket.update({ where: { id: ticketId }, data: { challenge } });
}

export type SessionStart = {
  id: string;
  sessionVersion: number;
  sessionId: string;
  deviceHash: string;
  newDevice: boolean;
};

/**
 * Exchanges a ready ticket, once, for a new session. Null when the token is unknown, used,
 * expired, not ready, or the account is no longer active.
 */
export async function redeemTicket(token: string, now = new Date()): Promise<SessionStart | null> {
  return getDb().$transaction(async (tx) => {
    const tokenHash = hashToken(token);
    const { count } = await tx.signInTicket.updateMany({
      where: { tokenHash, ready: true, usedAt: null, expiresAt: { gt: now } },
      data: { usedAt: now },
    });
    if (count !== 1) return null;
    const ticket = await tx.signInTicket.findUniqueOrThrow({
      where: { tokenHash },
      select: {
        userId: true,
        userAgent: true,
        deviceHash: true,
        method: true,
        user: { select: { isActive: true, sessionVersion: true } },
      },
    });
    if (!ticket.user.isActive) return null;
    const sessionId = await startSession(tx, {
      userId: ticket.userId,
      version: ticket.user.sessionVersion,
      userAgent: ticket.userAgent,
      deviceHash: ticket.deviceHash,
      method: ticket.method,
    });
    let newDevice = false;
    if (ticket.deviceHash) {
      const known = await tx.knownDevice.createMany({
        data: [{ userId: ticket.userId, deviceHash: ticket.deviceHash }],
        skipDuplicates: true,
      });
      newDevice = known.count === 1;
    }
    return {
      id: ticket.userId,
      sessionVersion: ticket.user.sessionVersion,
      sessionId,
      deviceHash: ticket.deviceHash,
      newDevice,
    };
  });
}

const DAY_MS = 24 * 60 * 60 * 1000;

/**
 * Housekeeping for the scheduled tick: forgets sign-in tickets a day past their expiry, and
 * sessions ended or unseen for 30 days (a session cookie lasts 7 days unless used).
 */
export async function pruneSignInRecords(now = new Date()): Promise<void> {
  const monthAgo = new Date(now.getTime() - 30 * DAY_MS);
  await getDb().signInTicket.deleteMany({
    where: { expiresAt: { lt: new Date(now.getTime() - DAY_MS) } },
  });
  await getDb().staffSession.deleteMany({
    where: { OR: [{ endedAt: { lt: monthAgo } }, { lastSeenAt: { lt: monthAgo } }] },
  });
}
