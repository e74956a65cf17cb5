"use client";

import { useRouter } from "next/navigation";
import { useEffect } from "react";

/**
 * Renders the page again from the server every `everyMs` while it is shown: the progress comes
 * from the import's row, so it keeps moving and survives a reload. The page stops rendering this
 * once the import has ended.
 */
export function RefreshWhileRunning({ everyMs = 1_500 }: { everyMs?: number }) {
  const router = useRouter();
  useEffect(() => {
    const timer = setInterval(() => router.refresh(), everyMs);
    return () => clearInterval(timer);
  }, [router, everyMs]);
  return null;
}
