import { expect } from "vitest";
import * as service from "@/lib/comments/service";
import type { PrismaClient } from "@/lib/generated/prisma/client";
import { commentSettings } from "@/tests/factories/comments";

let ipCounter = 0;
const nextIp = () => `203.0.113.${++ipCounter}`;

/** Submits a comment as a signed-out reader from a fresh IP address, with the default settings. */
export function submitComment(
  form: Parameters<typeof service.submitComment>[0],
  options: Partial<Parameters<typeof service.submitComment>[1]> = {},
) {
  return service.submitComment(form, {
    settings: commentSettings(),
    actor: null,
    ip: nextIp(),
    userAgent: "Mozilla/5.0 test",
    ...options,
  });
}

/** Runs a submission that must be refused; returns the error and checks nothing was stored. */
export async function expectRefused(
  db: PrismaClient,
  attempt: () => Promise<unknown>,
  articleId: string,
) {
  const before = await db.comment.count({ where: { articleId } });
  const error = (await attempt().then(
    () => {
      throw new Error("the comment was accepted");
    },
    (e: unknown) => e,
  )) as InstanceType<typeof service.CommentRejectedError>;
  expect(error).toBeInstanceOf(service.CommentRejectedError);
  expect(await db.comment.count({ where: { articleId } })).toBe(before);
  return error;
}
