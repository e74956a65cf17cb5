import { mkdtempSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { getURLFromRedirectError } from "next/dist/client/components/redirect";
import { isRedirectError } from "next/dist/client/components/redirect-error";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { changePasswordAction } from "@/lib/auth/actions";
import type { Actor } from "@/lib/auth/permissions";
import type { FormState } from "@/lib/form-state";
import type { Role } from "@/lib/generated/prisma/enums";
import { runAsActor } from "@/lib/server-action";
import { articleCases } from "@/tests/factories/action-cases/articles";
import { commentCases } from "@/tests/factories/action-cases/comments";
import { settingsMediaCases } from "@/tests/factories/action-cases/settings-media";
import { termUserCases } from "@/tests/factories/action-cases/terms-users";
import type { Case, CaseContext, FormFields, Outcome } from "@/tests/factories/action-cases/types";
import { createStaff } from "@/tests/factories/articles";
import { createUser, toActor } from "@/tests/factories/users";
import { type TestDatabase, createTestDatabase } from "@/tests/setup/database";

process.env.AUTH_SECRET ??= "integration-test-secret-0123456789abcdef";
process.env.MEDIA_DIR = mkdtempSync(path.join(os.tmpdir(), "actions-media-"));

let database: TestDatabase;
const actors = {} as Record<Role, Actor>;

beforeAll(async () => {
  database = await createTestDatabase(inject("pgAdminUrl"), inject("templateDatabase"));
  process.env.DATABASE_URL = database.url;
  for (const role of ["ADMIN", "EDITOR", "AUTHOR", "MODERATOR"] as const) {
    actors[role] = await createStaff(database.db, role);
  }
});

afterAll(async () => {
  await database.drop();
});

type Action = (previous: FormState<never>, formData: FormData) => Promise<FormState<unknown>>;

function form(fields: FormFields): FormData {
  const data = new FormData();
  for (const [key, value] of Object.entries(fields)) {
    for (const item of Array.isArray(value) ? value : [value]) data.append(key, item);
  }
  return data;
}

/** Calls the action as the browser's form post would, as `actor`; a redirect is an outcome. */
async function call(action: unknown, actor: Actor | null, fields: FormFields) {
  try {
    const state = await runAsActor(actor, () => (action as Action)({ ok: false }, form(fields)));
    return { state } as Outcome;
  } catch (error) {
    if (isRedirectError(error)) return { redirect: getURLFromRedirectError(error) } as Outcome;
    throw error;
  }
}

const context: CaseContext = {
  get database() {
    return database;
  },
  actors,
};

const CASES: Case[] = [
  ...articleCases(context),
  ...settingsMediaCases(context),
  ...termUserCases(context),
  ...commentCases(context),
];

describe.each(CASES)("$name through the action pipeline", (testCase) => {
  it("refuses someone signed out, and a role that may not, keeping what was typed", async () => {
    const { fields, kept } = testCase.invalid();
    const signedOut = await call(testCase.action, null, fields);
    expect(signedOut.state).toMatchObject({ ok: false, values: { [kept[0]]: kept[1] } });
    expect(!signedOut.state?.ok && signedOut.state?.formError).toMatch(/session has ended/);
    const denied = await call(testCase.action, actors[testCase.denied], fields);
    expect(denied.state).toMatchObject({
      ok: false,
      formError: "You do not have permission to do that.",
    });
    expect(denied.state?.values?.[kept[0]]).toBe(kept[1]);
  });

  it("names the field that is wrong and keeps what was typed", async () => {
    const { fields, field, kept } = testCase.invalid();
    const outcome = await call(testCase.action, actors[testCase.allowed], fields);
    expect(outcome.state?.ok).toBe(false);
    expect(!outcome.state?.ok && outcome.state?.fieldErrors?.[field]?.length).toBeGreaterThan(0);
    expect(outcome.state?.values?.[kept[0]]).toBe(kept[1]);
  });

  it("does its work for a role that may", async () => {
    const { fields, expect: check } = await testCase.valid();
    check(await call(testCase.action, actors[testCase.allowed], fields));
  });
});

describe("changePasswordAction through the action pipeline", () => {
  it("names a wrong current password under its field, and never echoes a password", async () => {
    const user = toActor(await createUser(database.db));
    const outcome = await call(changePasswordAction, user, {
      currentPassword: "not it",
      newPassword: "a brand new passphrase",
      confirmPassword: "a brand new passphrase",
    });
    expect(outcome.state).toMatchObject({
      ok: false,
      fieldErrors: { currentPassword: ["Your current password is incorrect."] },
    });
    expect(JSON.stringify(outcome.state?.values)).not.toMatch(/passphrase|not it/);
  });
});
