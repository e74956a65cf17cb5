import "server-only";
import Bowser from "bowser";
import { recordAudit } from "@/lib/audit";
import { type Actor, assertCan } from "@/lib/auth/permissions";
import { getDb } from "@/lib/db";
import { AppError } from "@/lib/errors";
import type { Prisma } from "@/lib/generated/prisma/client";

/** How long a session cookie lives without being used (lib/auth/config.ts). */
const SESSION_MAX_AGE_MS = 7 * 24 * 60 * 60 * 1000;

/** How often a session's "last seen" is written: at most once a minute per session. */
const LAST_SEEN_EVERY_MS = 60_000;

/** A browser and operating system read from a User-Agent header ("Firefox 128", "Windows 10"). */
export function describeUserAgent(userAgent: string): { browser: string; os: string } {
  if (!userAgent) return { browser: "", os: "" };
  const parsed = Bowser.parse(userAgent.slice(0, 512));
  const major = parsed.browser.version?.split(".")[0];
  const browser = [parsed.browser.name, major].filter(Boolean).join(" ");
  const os = [parsed.os.name, parsed.os.versionName ?? parsed.os.version?.split(".")[0]]
    .filter(Boolean)
    .join(" ");
  return { browser, os };
}

/** Starts a session for a browser that passed every sign-in step; returns its id. */
export async function startSession(
  tx: Prisma.TransactionClient,
  input: { userId: string; version: number; userAgent: string; deviceHash: string; method: string },
): Promise<string> {
  const { id } = await tx.staffSession.create({
    data: {
      userId: input.userId,
      version: input.version,
      ...describeUserAgent(input.userAgent),
      deviceHash: input.deviceHash,
      method: input.method,
    },
    select: { id: true },
  });
  return id;
}

/**
 * Whether the session still counts (not ended, and the account's own). Notes when it was last
 * seen, at most once a minute.
 */
export async function sessionIsLive(sessionId: string, userId: string): Promise<boolean> {
  const session = await getDb().staffSession.findUnique({
    where: { id: sessionId },
    select: { userId: true, endedAt: true, lastSeenAt: true },
  });
  if (!session || session.userId !== userId || session.endedAt) return false;
  if (Date.now() - session.lastSeenAt.getTime() > LAST_SEEN_EVERY_MS) {
    await getDb().staffSession.updateMany({
      where: { id: sessionId, endedAt: null },
      data: { lastSeenAt: new Date() },
    });
  }
  return true;
}

export type SessionRow = {
  id: string;
  browser: string;
  os: string;
  method: string;
  createdAt: Date;
  lastSeenAt: Date;
};

/** The account's sessions still open, most recently seen first (for its owner or an admin). */
export async function listSessions(actor: Actor | null, userId: string): Promise<SessionRow[]> {
  if (actor?.id !== userId) assertCan(actor, "user:manage");
  const user = await getDb().user.findUnique({
    where: { id: userId },
    select: { sessionVersion: true },
  });
  if (!user) return [];
  return getDb().staffSession.findMany({
    where: {
      userId,
      endedAt: null,
      version: user.sessionVersion,
      // Older than a session cookie can live without being used: that browser is signed out.
      lastSeenAt: { gt: new Date(Date.now() - SESSION_MAX_AGE_MS) },
    },
    orderBy: { lastSeenAt: "desc" },
    take: 100,
    select: { id: true, browser: true, os: true, method: true, createdAt: true, lastSeenAt: true },
  });
}

/**
 * Ends sessions of `userId`: one (`sessionId`), or every one but `keep`. The owner may end their
 * own; anyone else needs user:manage, and that is audited. Returns how many ended.
 */
export async function endUserSessions(
  actor: Actor | null,
  userId: string,
  which: { sessionId: string } | { allBut: string | null },
): Promise<number> {
  if (!actor) throw new AppError("FORBIDDEN", "You do not have permission to do that.");
  const own = actor.id === userId;
  if (!own) assertCan(actor, "user:manage");
  return getDb().$transaction(async (tx) => {
    const where: Prisma.StaffSessionWhereInput =
      "sessionId" in which
        ? { id: which.sessionId, userId, endedAt: null }
        : { userId, endedAt: null, ...(which.allBut ? { id: { not: which.allBut } } : {}) };
    const { count } = await tx.staffSession.updateMany({ where, data: { endedAt: new Date() } });
    if (count > 0 && !own) {
      const user = await tx.user.findUnique({ where: { id: userId }, select: { email: true } });
      await recordAudit(
        actor,
        {
          action: "user.sessions_end",
          targetType: "User",
          targetId: userId,
          summary: `${actor.email} signed ${user?.email ?? "a user"} out of ${count} session${count === 1 ? "" : "s"}`,
        },
        tx,
      );
    }
    return count;
  });
}

/** Ends one session by id with no actor: signing out, or the link in a new-device email. */
export async function endSessionById(sessionId: string): Promise<boolean> {
  const { count } = await getDb().staffSession.updateMany({
    where: { id: sessionId, endedAt: null },
    data: { endedAt: new Date() },
  });
  return count > 0;
}
