import type { NextRequest, NextResponse } from "next/server";

/** Sends signed-out visitors of /admin to the sign-in page. Owned by the staff-area work. */
export function adminProxy(
  request: NextRequest,
): Promise<NextResponse | undefined> | NextResponse | undefined {
  void request;
  return undefined;
}
