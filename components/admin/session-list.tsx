import { SessionTable, type SessionView } from "@/components/admin/session-table";
import type { Actor } from "@/lib/auth/permissions";
import { type SessionRow, listSessions } from "@/lib/auth/sessions";
import { staffMessages } from "@/lib/i18n/messages/staff";
import { getSiteSettings } from "@/lib/settings/queries";

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;

/** "now", "5 minutes ago", "yesterday", "3 days ago": how long since `date`. */
function sinceText(date: Date, now: number, format: Intl.RelativeTimeFormat): string {
  const elapsed = Math.max(0, now - date.getTime());
  if (elapsed < MINUTE) return format.format(0, "second");
  if (elapsed < HOUR) return format.format(-Math.floor(elapsed / MINUTE), "minute");
  if (elapsed < DAY) return format.format(-Math.floor(elapsed / HOUR), "hour");
  return format.format(-Math.floor(elapsed / DAY), "day");
}

/**
 * The sessions worded for the table, dated in the site's time zone, with how long ago each was
 * last seen as of now (the list is rendered afresh on every request): this browser first, then
 * the others as last seen.
 */
function toViews(sessions: SessionRow[], currentId: string | undefined, timeZone: string) {
  const t = staffMessages();
  const absolute = new Intl.DateTimeFormat(t.common.intl, {
    dateStyle: "medium",
    timeStyle: "short",
    timeZone,
  });
  const relative = new Intl.RelativeTimeFormat(t.common.intl, { numeric: "auto" });
  const now = Date.now();
  const views = sessions.map((session): SessionView => ({
    id: session.id,
    device: [session.browser, session.os].filter(Boolean).join(", ") || t.sessions.unknownBrowser,
    began: absolute.format(session.createdAt),
    beganAt: session.createdAt.toISOString(),
    lastSeen: sinceText(session.lastSeenAt, now, relative),
    lastSeenExact: absolute.format(session.lastSeenAt),
    lastSeenAt: session.lastSeenAt.toISOString(),
    method: t.sessions.methods[session.method] ?? session.method,
    current: session.id === currentId,
  }));
  return views.sort((a, b) => Number(b.current) - Number(a.current));
}

/**
 * "Signed in on": the account's open sessions, each with an approximate browser and operating
 * system, when it began and was last seen, and how its second step was passed; this browser is
 * marked. Buttons sign out one session or every other one. Shown to the account's owner on their
 * security page (`userId` = `actor.id`), and to admins on the user's page (then "all" means all
 * of that person's sessions, and each ending is audited).
 */
export async function SessionList({ actor, userId }: { actor: Actor; userId: string }) {
  const [sessions, settings] = await Promise.all([listSessions(actor, userId), getSiteSettings()]);
  const rows = toViews(sessions, actor.sessionId, settings.timeZone);
  return <SessionTable own={actor.id === userId} userId={userId} rows={rows} />;
}
