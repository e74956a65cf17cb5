import { NextResponse } from "next/server";
import { getDb } from "@/lib/db";
import { issueFormToken } from "@/lib/comments/tokens";

/** A fresh form token for the comment form on a cached article page (rendered without one). */
export async function GET(request: Request) {
  const articleId = new URL(request.url).searchParams.get("articleId") ?? "";
  const noStore = { "Cache-Control": "private, no-store" };
  const article = articleId
    ? await getDb().article.findFirst({
        where: { id: articleId, status: "PUBLISHED", publishedAt: { lte: new Date() } },
        select: { id: true },
      })
    : null;
  if (!article) {
    return NextResponse.json({ error: "No such article." }, { status: 404, headers: noStore });
  }
  return NextResponse.json({ token: issueFormToken(article.id) }, { headers: noStore });
}
