"use client";

import { useEffect } from "react";

/** A calm message for an unexpected failure in the staff area; details go to the console. */
export default function AdminError({
  error,
  reset,
}: {
  error: Error & { digest?: string };
  reset: () => void;
}) {
  useEffect(() => {
    console.error("[admin]", error);
  }, [error]);
  return (
    <div role="alert" className="max-w-xl">
      <h1 className="text-2xl font-bold">Something went wrong</h1>
      <p className="text-muted mt-3">
        This page could not be shown. Nothing you saved before is lost. Try again, and if it keeps
        happening, tell the site administrator
        {error.digest ? ` (reference ${error.digest})` : ""}.
      </p>
      <button
        type="button"
        onClick={reset}
        className="bg-navy mt-6 rounded px-4 py-2 font-semibold text-white"
      >
        Try again
      </button>
    </div>
  );
}
