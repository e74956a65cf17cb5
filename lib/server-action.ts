import "server-only";
import { AsyncLocalStorage } from "node:async_hooks";
import { unstable_rethrow } from "next/navigation";
import type { z } from "zod";
import { type ActionResult, fromZodError } from "@/lib/action-result";
import { getActor } from "@/lib/auth";
import { type Actor, type Permission, can } from "@/lib/auth/permissions";
import { getEnv } from "@/lib/env";
import { isAppError, isFieldError } from "@/lib/errors";
import { type FormState, formValues } from "@/lib/form-state";

const SIGNED_OUT_MESSAGE =
  "Your session has ended. Sign in again in another tab, then send this again: what you typed is still here.";
const FORBIDDEN_MESSAGE = "You do not have permission to do that.";
const FAILED_MESSAGE = "Something went wrong and nothing was saved. Please try again.";

const testActor = new AsyncLocalStorage<{ actor: Actor | null }>();

/**
 * Tests only: runs `work` as if `actor` were signed in, so actions can be called with a real
 * database and no browser. It has no effect unless NODE_ENV is "test".
 */
export function runAsActor<T>(actor: Actor | null, work: () => Promise<T>): Promise<T> {
  return testActor.run({ actor }, work);
}

async function currentActor(): Promise<Actor | null> {
  const store = getEnv().NODE_ENV === "test" ? testActor.getStore() : undefined;
  return store ? store.actor : getActor();
}

/** What a step returns on success: a message for the form, data, and the values to show. */
type Done<T> = { data?: T; message?: string; values?: Record<string, string> };

type Options<Schema extends z.ZodType, T, Extra> = {
  /** Logged with unexpected errors. */
  name: string;
  /** Checked here before anything is parsed; the service checks again. */
  permission: Permission;
  schema: Schema;
  /** What the schema parses; by default every text field of the form. */
  input?: (formData: FormData) => unknown;
  /** The service call (and revalidation). Throws AppError or FieldError to refuse. */
  run: (actor: Actor, input: z.output<Schema>, formData: FormData) => Promise<Done<T> | void>;
  /** A refusal the form shows with more than a message (a save conflict); undefined: default. */
  recover?: (error: unknown) => (ActionResult<never> & Extra) | undefined;
};

/** Every text field of a form, for the schema (files and React's own fields left out). */
export function formFields(formData: FormData): Record<string, string> {
  const fields: Record<string, string> = {};
  for (const [key, value] of formData) {
    if (typeof value === "string" && !key.startsWith("$")) fields[key] = value;
  }
  return fields;
}

/** An expected error as a form result; anything else is logged and shown as a calm message. */
function toFormResult(error: unknown, name: string): ActionResult<never> {
  if (isFieldError(error)) {
    return { ok: false, formError: error.message, fieldErrors: { [error.field]: [error.message] } };
  }
  if (isAppError(error)) return { ok: false, formError: error.message };
  console.error(`[${name}]`, error);
  return { ok: false, formError: FAILED_MESSAGE };
}

/**
 * A staff form's server action, for `useActionState`: loads the signed-in actor, checks the
 * permission, parses the form with the schema, runs the step, and turns what it throws into a
 * result the form shows, always with what was typed (passwords aside). `redirect()` and
 * `notFound()` inside the step pass through.
 */
export function staffAction<Schema extends z.ZodType, T = undefined, Extra = object>(
  options: Options<Schema, T, Extra>,
): (
  previous: FormState<T> & Partial<Extra>,
  formData: FormData,
) => Promise<FormState<T> & Partial<Extra>> {
  return async (_previous, formData) => {
    const values = formValues(formData);
    const actor = await currentActor();
    if (!actor) return { ok: false, formError: SIGNED_OUT_MESSAGE, values };
    if (!can(actor, options.permission)) return { ok: false, formError: FORBIDDEN_MESSAGE, values };
    const parsed = options.schema.safeParse(
      options.input ? options.input(formData) : formFields(formData),
    );
    if (!parsed.success) return { ...fromZodError(parsed.error), values };
    try {
      const done = (await options.run(actor, parsed.data, formData)) ?? {};
      return {
        ok: true,
        data: done.data as T,
        message: done.message,
        values: done.values ?? values,
      };
    } catch (error) {
      unstable_rethrow(error);
      const recovered = options.recover?.(error);
      return { ...(recovered ?? toFormResult(error, options.name)), values };
    }
  };
}
