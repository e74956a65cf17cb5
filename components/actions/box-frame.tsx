import type { ReactNode } from "react";
import type { ActionKind } from "@/lib/actions/box";
import type { Lang } from "@/lib/i18n/languages";
import { actionMessages } from "@/lib/i18n/messages/actions";

/**
 * The card every action box is: the kind in small capitals, a heading that names the box for
 * assistive technology (a named section, not a landmark of its own), then what to do.
 */
export function BoxFrame({
  id,
  kind,
  lang,
  heading,
  headingLang,
  level: Heading = "h2",
  children,
}: {
  id: string;
  kind: ActionKind;
  /** The reader's language (the kind's name is in it). */
  lang: Lang;
  heading: ReactNode;
  /** The language of the heading's words, when it is not the page's. */
  headingLang?: Lang;
  level?: "h2" | "h3";
  children: ReactNode;
}) {
  return (
    <section
      aria-labelledby={`${id}-title`}
      data-action-box={kind}
      className="action-box border-line border-l-accent my-6 rounded border border-l-4 bg-white p-4 font-sans text-base leading-normal sm:p-5"
    >
      <p className="text-accent text-xs font-bold tracking-widest uppercase">
        {actionMessages[lang].kinds[kind]}
      </p>
      <Heading
        id={`${id}-title`}
        lang={headingLang}
        className="mt-1 font-serif text-xl leading-snug font-bold break-words"
      >
        {heading}
      </Heading>
      {children}
    </section>
  );
}

/** The box's main link, styled as a button. */
export const primaryLink =
  "bg-accent hover:bg-accent-dark inline-block rounded px-4 py-2 font-semibold text-white";
/** A box's other links. */
export const secondaryLink =
  "text-accent hover:text-accent-dark font-semibold underline underline-offset-4";

/** Whether an address leaves the site (absolute http(s)), for rel and the money note. */
export function externalHost(href: string): string | null {
  if (href.startsWith("/")) return null;
  try {
    return new URL(href).hostname.replace(/^www\./, "");
  } catch {
    return null;
  }
}
