import type { NextRequest } from "next/server";
import { COMMENTER_COOKIE, readCommenterCookie } from "@/lib/comments/tokens";

const ARTICLE_PATH = /^\/news\/([^/]+)\/?$/;
const LIVE_PARAMS = ["respond", "replyto", "commented"];

/**
 * Commenters get the live article view: the cached page cannot carry a form token or show
 * someone their own pending comment. A visitor qualifies by asking for the form (?respond,
 * ?replyto), by having just posted (?commented), or by a signed cookie naming this article.
 * Returns the live view's path (without language prefix), or null for everyone else.
 */
export function liveArticlePath(rest: string, request: NextRequest): string | null {
  const match = ARTICLE_PATH.exec(rest);
  if (!match) return null;
  const { searchParams } = request.nextUrl;
  let isLive = LIVE_PARAMS.some((name) => searchParams.has(name));
  if (!isLive) {
    const cookie = request.cookies.get(COMMENTER_COOKIE)?.value;
    if (!cookie) return null;
    let slug: string;
    try {
      slug = decodeURIComponent(match[1]!);
    } catch {
      return null;
    }
    isLive = readCommenterCookie(cookie).some((entry) => entry.slug === slug);
  }
  return isLive ? `/news/${match[1]}/live` : null;
}
