"use client";

import { type ComponentProps } from "react";
import { useFormStatus } from "react-dom";
import { type ButtonVariant, buttonClass } from "./button-styles";

/** A submit button that shows `pendingLabel` and is disabled while its form is being sent. */
export function SubmitButton({
  children,
  pendingLabel,
  variant = "primary",
  className = "",
  ...props
}: ComponentProps<"button"> & { pendingLabel?: string; variant?: ButtonVariant }) {
  const { pending } = useFormStatus();
  return (
    <button
      type="submit"
      {...props}
      disabled={pending || props.disabled}
      aria-disabled={pending || props.disabled}
      className={buttonClass(variant, className)}
    >
      {pending && pendingLabel ? pendingLabel : children}
    </button>
  );
}
