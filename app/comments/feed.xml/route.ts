import { getCachedCommentsFeed } from "@/lib/feeds/cached";
import { feedResponse } from "@/lib/feeds/http";

export async function GET(request: Request) {
  return feedResponse(request, await getCachedCommentsFeed());
}
