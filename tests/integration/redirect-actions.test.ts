import { getURLFromRedirectError } from "next/dist/client/components/redirect";
import { isRedirectError } from "next/dist/client/components/redirect-error";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import type { Actor } from "@/lib/auth/permissions";
import type { FormState } from "@/lib/form-state";
import {
  createRedirectAction,
  deleteRedirectAction,
  deleteRedirectsAction,
  updateRedirectTargetAction,
} from "@/lib/redirects/actions";
import { runAsActor } from "@/lib/server-action";
import { type TestDatabase, createTestDatabase } from "@/tests/setup/database";
import { createStaffOfEveryRole } from "@/tests/factories/articles";

process.env.AUTH_SECRET ??= "integration-test-secret-0123456789abcdef";

let database: TestDatabase;
let staff: Record<"admin" | "editor" | "author" | "moderator", Actor>;

beforeAll(async () => {
  database = await createTestDatabase(inject("pgAdminUrl"), inject("templateDatabase"));
  process.env.DATABASE_URL = database.url;
  staff = await createStaffOfEveryRole(database.db);
});

afterAll(async () => {
  await database.drop();
});

type Action = (previous: FormState<never>, formData: FormData) => Promise<FormState<unknown>>;

/** Posts the form as the browser would, as `actor`; a redirect comes back as its URL. */
async function post(action: Action, actor: Actor | null, fields: Record<string, string[]>) {
  const data = new FormData();
  for (const [key, values] of Object.entries(fields)) {
    for (const value of values) data.append(key, value);
  }
  try {
    return await runAsActor(actor, () => action({ ok: false }, data));
  } catch (error) {
    if (isRedirectError(error)) return { redirect: getURLFromRedirectError(error) };
    throw error;
  }
}

const typed = { fromPath: ["/2019/03/old-appeal/"], target: ["https://evil.example/"] };

describe("redirect forms", () => {
  it("check who sends them on the server, keeping what was typed", async () => {
    const signedOut = await post(createRedirectAction, null, typed);
    expect(signedOut).toMatchObject({ ok: false, values: { fromPath: "/2019/03/old-appeal/" } });
    expect(JSON.stringify(signedOut)).toMatch(/session has ended/);
    for (const actor of [staff.author, staff.moderator]) {
      const denied = await post(createRedirectAction, actor, typed);
      expect(denied).toMatchObject({
        ok: false,
        formError: expect.stringMatching(/permission/) as string,
        values: { target: "https://evil.example/" },
      });
    }
    expect(await database.db.redirect.count()).toBe(0);
  });

  it("show a refusal under its field with both addresses kept, then add and clear", async () => {
    const refused = await post(createRedirectAction, staff.editor, typed);
    expect(refused).toMatchObject({
      ok: false,
      fieldErrors: { target: [expect.stringMatching(/only to this site/) as string] },
      values: { fromPath: "/2019/03/old-appeal/", target: "https://evil.example/" },
    });
    const empty = await post(createRedirectAction, staff.editor, {
      fromPath: [" "],
      target: ["/"],
    });
    expect(empty).toMatchObject({
      ok: false,
      fieldErrors: { fromPath: ["Type the old address."] },
    });

    const added = await post(createRedirectAction, staff.admin, { ...typed, target: ["/search"] });
    expect(added).toMatchObject({ ok: true, values: {} });
    expect(JSON.stringify(added)).toMatch(/\/2019\/03\/old-appeal now redirects/);
    const again = await post(createRedirectAction, staff.editor, { ...typed, target: ["/"] });
    expect(again).toMatchObject({
      fieldErrors: { fromPath: [expect.stringMatching(/already a redirect/) as string] },
    });
  });

  it("edit a target, delete the selected, and delete one from its page", async () => {
    const rows = await Promise.all(
      ["/old-one", "/old-two", "/old-three"].map((fromPath) =>
        database.db.redirect.create({ data: { fromPath, toPath: "/search", source: "IMPORT" } }),
      ),
    );
    const [one, two, three] = rows.map((row) => row.id) as [string, string, string];
    expect(
      await post(updateRedirectTargetAction, staff.editor, { id: [one], target: ["/petitions"] }),
    ).toMatchObject({ ok: true });
    expect((await database.db.redirect.findUniqueOrThrow({ where: { id: one } })).toPath).toBe(
      "/petitions",
    );
    expect(await post(deleteRedirectsAction, staff.editor, { ids: [] })).toMatchObject({
      ok: false,
      fieldErrors: { ids: ["Select at least one redirect."] },
    });
    const bulk = await post(deleteRedirectsAction, staff.editor, { ids: [one, two] });
    expect(bulk).toMatchObject({ ok: true, message: "2 redirects deleted." });
    expect(await post(deleteRedirectAction, staff.editor, { id: [three] })).toEqual({
      redirect: "/admin/redirects?deleted=1",
    });
    expect(await post(deleteRedirectAction, staff.editor, { id: [three] })).toMatchObject({
      ok: false,
      formError: "This redirect has been deleted meanwhile.",
    });
    expect(await database.db.redirect.count({ where: { id: { in: [one, two, three] } } })).toBe(0);
  });
});
