"use client";

import { useEffect } from "react";
import { staffMessages } from "@/lib/i18n/messages/staff";

/** A calm message for an unexpected failure in the staff area; details go to the console. */
export default function AdminError({
  error,
  reset,
}: {
  error: Error & { digest?: string };
  reset: () => void;
}) {
  const t = staffMessages().problems.error;
  useEffect(() => {
    console.error("[admin]", error);
  }, [error]);
  return (
    <div role="alert" className="max-w-xl">
      <h1 className="text-2xl font-bold">{t.title}</h1>
      <p className="text-muted mt-3">{t.body(error.digest)}</p>
      <button
        type="button"
        onClick={reset}
        className="bg-navy mt-6 rounded px-4 py-2 font-semibold text-white"
      >
        {t.retry}
      </button>
    </div>
  );
}
