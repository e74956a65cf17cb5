"use client";

import { useSyncExternalStore } from "react";
import { isLang } from "@/lib/i18n/languages";
import { chrome } from "@/lib/i18n/messages/chrome";

const noSubscription = () => () => {};

/** When even the layout failed: a bare page, in the language of the address when it has one. */
export default function GlobalError({
  reset,
}: {
  error: Error & { digest?: string };
  reset: () => void;
}) {
  const segment = useSyncExternalStore(
    noSubscription,
    () => location.pathname.split("/")[1] ?? "",
    () => "",
  );
  const lang = isLang(segment) ? segment : "en";
  const t = chrome[lang].error;
  return (
    <html lang={lang}>
      <body style={{ fontFamily: "system-ui, sans-serif", margin: 0 }}>
        <main
          style={{ maxWidth: "36rem", margin: "6rem auto", padding: "0 1rem", textAlign: "center" }}
        >
          <h1>{t.title}</h1>
          <p>{t.body}</p>
          <button type="button" onClick={reset}>
            {t.retry}
          </button>
        </main>
      </body>
    </html>
  );
}
