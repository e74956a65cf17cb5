import { NextResponse } from "next/server";
import { isPublishedArticle } from "@/lib/comments/queries";
import { issueFormToken } from "@/lib/comments/tokens";
import { parseIdParam } from "@/lib/http/params";

/** A fresh form token for the comment form on a cached article page (rendered without one). */
export async function GET(request: Request) {
  const articleId = parseIdParam(new URL(request.url).searchParams.get("articleId"));
  const noStore = { "Cache-Control": "private, no-store" };
  if (!articleId || !(await isPublishedArticle(articleId))) {
    return NextResponse.json({ error: "No such article." }, { status: 404, headers: noStore });
  }
  return NextResponse.json({ token: issueFormToken(articleId) }, { headers: noStore });
}
