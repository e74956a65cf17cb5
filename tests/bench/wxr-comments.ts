/**
 * The comments of one benchmark post: dates after the post's, most approved, some pending and
 * some spam or trash, a few pingbacks; three in ten replies to an earlier comment of the same post.
 */
import { type Language, type Random, commentText } from "@/tests/bench/wxr-content";
import { type Comment, mysqlDate } from "@/tests/bench/wxr-records";
import { AUTHORS } from "@/tests/bench/wxr-terms";
import { COMMENTERS } from "@/tests/bench/wxr-words";

export const HOUR = 3600_000;
/** The old site's time zone (Europe/Minsk, UTC+3): wp:post_date is local, *_gmt is UTC. */
export const MINSK_OFFSET = 3 * HOUR;

/** How many comments this post gets: the average of what is left, spread unevenly (most get a few, some none, a few many). */
export function commentShare(rng: Random, remaining: number, postsLeft: number): number {
  if (postsLeft <= 1) return remaining;
  const share = remaining / postsLeft;
  const roll = rng.next();
  const factor =
    roll < 0.25
      ? 0
      : roll < 0.9
        ? 0.4 + rng.next()
        : roll < 0.98
          ? 2 + rng.next()
          : 6 + rng.next() * 6;
  return Math.min(remaining, Math.round(share * factor));
}

/** A pingback: WordPress keeps them with the comments, named after the linking site. */
function pingback(rng: Random, id: number, at: number): Comment {
  const post = rng.int(100, 9_000);
  return {
    id,
    parent: 0,
    author: "Solidarity blog &raquo; Letters to political prisoners",
    email: "",
    url: `https://solidarity.example/?p=${post}`,
    ip: "192.0.2.10",
    date: mysqlDate(at + MINSK_OFFSET),
    dateGmt: mysqlDate(at),
    content: "[&#8230;] write to them, the addresses are here [&#8230;]",
    approved: "1",
    type: "pingback",
    userId: 0,
    meta: [],
  };
}

/** Mostly approved, one in ten pending, some spam and trash, now and then a pingback. */
function statusOf(rng: Random): string {
  const roll = rng.next();
  return roll < 0.04 ? "spam" : roll < 0.05 ? "trash" : roll < 0.15 ? "0" : "1";
}

export function commentsFor(
  rng: Random,
  language: Language,
  count: number,
  postMs: number,
  nextId: () => number,
): Comment[] {
  const comments: Comment[] = [];
  let at = postMs;
  for (let n = 0; n < count; n += 1) {
    at += rng.int(5 * 60_000, 36 * HOUR);
    if (rng.chance(0.005)) {
      comments.push(pingback(rng, nextId(), at));
      continue;
    }
    const approved = statusOf(rng);
    const staff = approved === "1" && rng.chance(0.03) ? AUTHORS[1]! : null;
    const author = staff?.name ?? rng.pick(COMMENTERS);
    const parent =
      comments.length > 0 && approved !== "spam" && rng.chance(0.3) ? rng.pick(comments).id : 0;
    const trashedAt = String(Math.floor(at / 1000) + 86_400);
    comments.push({
      id: nextId(),
      parent,
      author,
      email: staff?.email ?? (rng.chance(0.05) ? "" : `reader${rng.int(1, 40_000)}@example.org`),
      url: rng.chance(0.1) ? "https://example.org/blog?ref=1&lang=be" : "",
      ip: rng.chance(0.1)
        ? `2001:db8::${rng.int(1, 65535).toString(16)}`
        : `203.0.113.${rng.int(1, 254)}`,
      date: mysqlDate(at + MINSK_OFFSET),
      dateGmt: mysqlDate(at),
      content: commentText(rng, language, approved === "spam"),
      approved,
      type: "comment",
      userId: staff ? staff.id : 0,
      meta:
        approved === "trash"
          ? [
              ["_wp_trash_meta_status", rng.chance(0.8) ? "1" : "0"],
              ["_wp_trash_meta_time", trashedAt],
            ]
          : approved === "spam"
            ? [["akismet_result", "true"]]
            : [],
    });
  }
  return comments;
}
