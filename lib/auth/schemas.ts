import { z } from "zod";
import { safeRedirectPath } from "@/lib/http/redirect";

export const PASSWORD_MIN_LENGTH = 12;

/** Emails are compared and stored lower-cased. */
export const emailField = z
  .string()
  .trim()
  .toLowerCase()
  .min(1, "Enter an email address.")
  .max(254, "That email address is too long.")
  .pipe(z.email({ error: "Enter a valid email address." }));

export const newPasswordField = z
  .string()
  .min(PASSWORD_MIN_LENGTH, `Use at least ${PASSWORD_MIN_LENGTH} characters.`)
  .max(256, "Use at most 256 characters.");

export const SignInSchema = z.object({
  email: z.string().trim().toLowerCase().min(1, "Enter your email address.").max(254),
  password: z.string().min(1, "Enter your password.").max(1024),
});

export const ChangePasswordSchema = z
  .object({
    currentPassword: z.string().min(1, "Enter your current password.").max(1024),
    newPassword: newPasswordField,
    confirmPassword: z.string(),
  })
  .refine((value) => value.newPassword === value.confirmPassword, {
    path: ["confirmPassword"],
    message: "The two new passwords do not match.",
  });
export type ChangePasswordInput = z.infer<typeof ChangePasswordSchema>;

/** Only the staff area and sign-in, so signing in cannot be used to send people elsewhere. */
export function safeCallbackUrl(value: unknown, fallback = "/admin"): string {
  return safeRedirectPath(value, { allowed: ["/admin", "/login"], fallback });
}
