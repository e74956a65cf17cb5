import { type ComponentProps, type ReactNode } from "react";

/**
 * A data table that scrolls sideways on narrow screens instead of breaking the layout; the
 * scrolling box is a focusable, labelled region so keyboard users can scroll it too.
 */
export function Table({ caption, children }: { caption: string; children: ReactNode }) {
  return (
    <div
      role="region"
      aria-label={caption}
      tabIndex={0}
      className="border-line overflow-x-auto rounded border bg-white"
    >
      <table className="w-full border-collapse text-left text-sm">
        <caption className="sr-only">{caption}</caption>
        {children}
      </table>
    </div>
  );
}

export function Th({ className = "", ...props }: ComponentProps<"th">) {
  return (
    <th
      scope="col"
      className={`border-line bg-paper border-b px-3 py-2 font-semibold ${className}`}
      {...props}
    />
  );
}

export function Td({ className = "", ...props }: ComponentProps<"td">) {
  return <td className={`border-line border-b px-3 py-2 align-top ${className}`} {...props} />;
}

/** Shown in place of a table with no rows. */
export function EmptyState({ children }: { children: ReactNode }) {
  return <p className="border-line text-muted rounded border border-dashed p-6">{children}</p>;
}
