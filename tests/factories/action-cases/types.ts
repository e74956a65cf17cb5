import { expect } from "vitest";
import type { Actor } from "@/lib/auth/permissions";
import type { FormState } from "@/lib/form-state";
import type { Role } from "@/lib/generated/prisma/enums";
import type { TestDatabase } from "@/tests/setup/database";

/** The fields of a form post, as the browser would send them. */
export type FormFields = Record<string, string | string[] | Blob>;
export type Outcome = { state?: FormState<unknown>; redirect?: string };

type Valid = { fields: FormFields; expect: (outcome: Outcome) => void };

export type Case = {
  name: string;
  action: unknown;
  /** A role that may not, and one that may. */
  denied: Role;
  allowed: Role;
  /** Fields the schema refuses, the field it names, and a value to see kept. */
  invalid: () => { fields: Record<string, string>; field: string; kept: [string, string] };
  /** Fields that succeed, and what success looks like (some cases first create a row). */
  valid: () => Valid | Promise<Valid>;
};

/** What the cases take from the runner; `database` is read only once its beforeAll has run. */
export type CaseContext = {
  readonly database: TestDatabase;
  readonly actors: Record<Role, Actor>;
};

export const okWith = (message: RegExp) => (outcome: Outcome) => {
  expect(outcome.state?.ok, JSON.stringify(outcome.state)).toBe(true);
  expect(outcome.state?.ok && outcome.state.message).toMatch(message);
};
export const redirectsTo = (target: RegExp) => (outcome: Outcome) =>
  expect(outcome.redirect, JSON.stringify(outcome.state)).toMatch(target);
