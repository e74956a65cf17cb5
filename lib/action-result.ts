import { type ZodError } from "zod";
import { isAppError } from "@/lib/errors";

/** What every server action returns; forms show `formError` on top and `fieldErrors` under inputs. */
export type ActionResult<T = undefined> =
  | { ok: true; data: T; message?: string }
  | { ok: false; formError?: string; fieldErrors?: Record<string, string[]> };

export function ok<T>(data: T, message?: string): ActionResult<T> {
  return { ok: true, data, message };
}

export function fromZodError(error: ZodError): ActionResult<never> {
  const fieldErrors: Record<string, string[]> = {};
  for (const issue of error.issues) {
    const key = issue.path.join(".") || "_form";
    (fieldErrors[key] ??= []).push(issue.message);
  }
  return { ok: false, fieldErrors, formError: "Please correct the highlighted fields." };
}

/**
 * Turns a thrown error into a result a form can show. Expected errors (AppError) keep their
 * message; anything else is logged with context and shown as a calm generic message.
 */
export function fromError(error: unknown, context: string): ActionResult<never> {
  if (isAppError(error)) return { ok: false, formError: error.message };
  console.error(`[${context}]`, error);
  return { ok: false, formError: "Something went wrong and nothing was saved. Please try again." };
}
