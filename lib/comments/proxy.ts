import { NextResponse, type NextRequest } from "next/server";
import { COMMENTER_COOKIE, readCommenterCookie } from "@/lib/comments/tokens";

const ARTICLE_PATH = /^\/news\/([^/]+)\/?$/;
const LIVE_PARAMS = ["respond", "replyto", "commented"];

/**
 * Sends commenters to the live article view: the cached page cannot carry a form token or show
 * someone their own pending comment. A visitor qualifies by asking for the form (?respond,
 * ?replyto), by having just posted (?commented), or by a signed cookie naming this article.
 */
export function commentsProxy(request: NextRequest): NextResponse | undefined {
  const match = ARTICLE_PATH.exec(request.nextUrl.pathname);
  if (!match) return undefined;
  const { searchParams } = request.nextUrl;
  let isLive = LIVE_PARAMS.some((name) => searchParams.has(name));
  if (!isLive) {
    const cookie = request.cookies.get(COMMENTER_COOKIE)?.value;
    if (!cookie) return undefined;
    let slug: string;
    try {
      slug = decodeURIComponent(match[1]!);
    } catch {
      return undefined;
    }
    isLive = readCommenterCookie(cookie).some((entry) => entry.slug === slug);
  }
  if (!isLive) return undefined;
  const url = request.nextUrl.clone();
  url.pathname = `/news/${match[1]}/live`;
  return NextResponse.rewrite(url);
}
