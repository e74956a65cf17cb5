import { type ReactNode } from "react";

const TONES = {
  neutral: "bg-paper text-ink border-line",
  good: "bg-green-50 text-green-900 border-green-700",
  warn: "bg-amber-50 text-amber-900 border-amber-700",
  bad: "bg-red-50 text-accent-dark border-accent",
} as const;

export function Badge({
  children,
  tone = "neutral",
}: {
  children: ReactNode;
  tone?: keyof typeof TONES;
}) {
  return (
    <span
      className={`inline-block rounded border px-2 py-0.5 text-xs font-semibold ${TONES[tone]}`}
    >
      {children}
    </span>
  );
}
