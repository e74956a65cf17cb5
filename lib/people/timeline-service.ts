import "server-only";
import { recordAudit } from "@/lib/audit";
import { type Actor, assertCan } from "@/lib/auth/permissions";
import { getDb } from "@/lib/db";
import { AppError, FieldError } from "@/lib/errors";
import type { Prisma } from "@/lib/generated/prisma/client";
import { FutureReleaseError, type TimelineEvent, countDays, todayIn } from "@/lib/people/days";
import { type EventTexts, readEventTexts } from "@/lib/people/record";
import type { EventInput } from "@/lib/people/schemas";
import { mergeTexts } from "@/lib/people/service";
import { isoDate } from "@/lib/people/record";
import { dateColumn, lockPerson, recordPersonRevision } from "@/lib/people/snapshot";
import { getSiteSettings } from "@/lib/settings/queries";
import type { SiteSettings } from "@/lib/settings/schemas";

type Tx = Prisma.TransactionClient;

const kindWords = (kind: string) => kind.toLowerCase().replaceAll("_", " ");

/**
 * Refuses a release dated after today in the site's time zone: the day count would run
 * backwards. Only the event being saved is judged; an older one is the subject of its own save.
 */
function checkTimeline(others: TimelineEvent[], event: TimelineEvent, today: string): void {
  try {
    countDays([...others, event], today);
  } catch (error) {
    if (!(error instanceof FutureReleaseError)) throw error;
    if (event.kind === "RELEASED" && error.date === event.date) {
      throw new FieldError(
        "date",
        `A release cannot be dated after today (${today} in the site's time zone). Add it on the day it happens.`,
      );
    }
  }
}

async function prepare(tx: Tx, site: SiteSettings, input: EventInput, exceptId?: string) {
  const { languages, defaultLanguage, timeZone } = site;
  const name = await lockPerson(tx, input.personId, defaultLanguage);
  const stored = await tx.personEvent.findMany({
    where: { personId: input.personId },
    select: { id: true, date: true, kind: true, texts: true },
  });
  const current = exceptId ? stored.find((event) => event.id === exceptId) : undefined;
  if (exceptId && !current) {
    throw new AppError("NOT_FOUND", "This event has been deleted meanwhile.");
  }
  checkTimeline(
    stored
      .filter((event) => event.id !== exceptId)
      .map((event) => ({ date: isoDate(event.date), kind: event.kind })),
    { date: input.date, kind: input.kind },
    todayIn(timeZone),
  );
  const blank = (texts: EventTexts) => !texts.place && !texts.note && !texts.sentence;
  const texts = mergeTexts(readEventTexts(current?.texts), input.texts, languages, blank);
  return {
    name,
    data: { date: dateColumn(input.date), kind: input.kind, texts, sourceUrl: input.sourceUrl },
  };
}

/** Adds a dated event to a person's timeline, with a revision. Needs person:manage. */
export async function addPersonEvent(actor: Actor, input: EventInput): Promise<void> {
  assertCan(actor, "person:manage");
  const site = await getSiteSettings();
  await getDb().$transaction(async (tx) => {
    const { name, data } = await prepare(tx, site, input);
    const event = await tx.personEvent.create({
      data: { personId: input.personId, ...data },
      select: { id: true },
    });
    await recordPersonRevision(tx, actor, input.personId);
    await recordAudit(
      actor,
      {
        action: "person.event.add",
        targetType: "Person",
        targetId: input.personId,
        summary: `Added "${kindWords(input.kind)}" on ${input.date} to the timeline of "${name}"`,
        details: { eventId: event.id },
      },
      tx,
    );
  });
}

/** Corrects an event of a person's timeline, with a revision. Needs person:manage. */
export async function updatePersonEvent(
  actor: Actor,
  eventId: string,
  input: EventInput,
): Promise<void> {
  assertCan(actor, "person:manage");
  const site = await getSiteSettings();
  await getDb().$transaction(async (tx) => {
    const { name, data } = await prepare(tx, site, input, eventId);
    await tx.personEvent.update({ where: { id: eventId }, data, select: { id: true } });
    await recordPersonRevision(tx, actor, input.personId);
    await recordAudit(
      actor,
      {
        action: "person.event.update",
        targetType: "Person",
        targetId: input.personId,
        summary: `Corrected "${kindWords(input.kind)}" on ${input.date} in the timeline of "${name}"`,
        details: { eventId },
      },
      tx,
    );
  });
}

/** Removes an event from a person's timeline, with a revision. Needs person:manage. */
export async function deletePersonEvent(
  actor: Actor,
  personId: string,
  eventId: string,
): Promise<void> {
  assertCan(actor, "person:manage");
  const { defaultLanguage } = await getSiteSettings();
  await getDb().$transaction(async (tx) => {
    const name = await lockPerson(tx, personId, defaultLanguage);
    const event = await tx.personEvent.findFirst({
      where: { id: eventId, personId },
      select: { date: true, kind: true },
    });
    if (!event) throw new AppError("NOT_FOUND", "This event has already been deleted.");
    await tx.personEvent.delete({ where: { id: eventId } });
    await recordPersonRevision(tx, actor, personId);
    await recordAudit(
      actor,
      {
        action: "person.event.delete",
        targetType: "Person",
        targetId: personId,
        summary: `Removed "${kindWords(event.kind)}" on ${isoDate(event.date)} from the timeline of "${name}"`,
        details: { eventId },
      },
      tx,
    );
  });
}
