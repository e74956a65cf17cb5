export type ButtonVariant = "primary" | "secondary" | "danger" | "link";

const VARIANTS: Record<ButtonVariant, string> = {
  primary: "bg-navy text-white hover:bg-ink border-navy",
  secondary: "bg-white text-ink hover:bg-paper border-line",
  danger: "bg-accent text-white hover:bg-accent-dark border-accent",
  link: "border-transparent bg-transparent px-0 text-accent underline underline-offset-4",
};

/** Class names for a button (or a link that looks like one). */
export function buttonClass(variant: ButtonVariant = "primary", extra = ""): string {
  return `inline-flex min-h-10 items-center justify-center gap-2 rounded border px-4 py-2 text-sm font-semibold disabled:cursor-not-allowed disabled:opacity-60 ${VARIANTS[variant]} ${extra}`;
}
