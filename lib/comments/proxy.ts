import type { NextRequest, NextResponse } from "next/server";

/** Routes commenters to the live (per-request) article view. Owned by the comments work. */
export function commentsProxy(
  request: NextRequest,
): Promise<NextResponse | undefined> | NextResponse | undefined {
  void request;
  return undefined;
}
