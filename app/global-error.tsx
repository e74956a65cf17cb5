"use client";

import { messages } from "@/lib/i18n/messages";

export default function GlobalError({
  reset,
}: {
  error: Error & { digest?: string };
  reset: () => void;
}) {
  return (
    <html lang="en">
      <body style={{ fontFamily: "system-ui, sans-serif", margin: 0 }}>
        <main
          style={{ maxWidth: "36rem", margin: "6rem auto", padding: "0 1rem", textAlign: "center" }}
        >
          <h1>{messages.error.title}</h1>
          <p>{messages.error.body}</p>
          <button type="button" onClick={reset}>
            {messages.error.retry}
          </button>
        </main>
      </body>
    </html>
  );
}
