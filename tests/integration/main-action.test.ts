import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { updateMainActionAction } from "@/lib/actions/actions";
import { MAIN_ACTION_SETTING_KEY, readMainAction } from "@/lib/actions/schemas";
import type { Actor } from "@/lib/auth/permissions";
import { initialFormState } from "@/lib/form-state";
import { runAsActor } from "@/lib/server-action";
import { createStaffOfEveryRole } from "@/tests/factories/articles";
import { type TestDatabase, createTestDatabase } from "@/tests/setup/database";

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

function save(actor: Actor, fields: Record<string, string>) {
  const data = new FormData();
  for (const [key, value] of Object.entries(fields)) data.append(key, value);
  return runAsActor(actor, () => updateMainActionAction(initialFormState, data));
}

/** The refusal a save came back with (fails the test if it was accepted). */
async function refusal(saving: ReturnType<typeof save>) {
  const state = await saving;
  if (state.ok) throw new Error("expected a refusal");
  return state;
}

const stored = async () =>
  readMainAction(
    (await database.db.setting.findUnique({ where: { key: MAIN_ACTION_SETTING_KEY } }))?.value,
  );
const audits = () => database.db.auditLog.count({ where: { targetId: MAIN_ACTION_SETTING_KEY } });

describe("the main action (Settings → Actions)", () => {
  it("only setting:manage may set it; a refusal writes nothing", async () => {
    for (const actor of [staff.editor, staff.author, staff.moderator]) {
      const state = await refusal(save(actor, { kind: "share", "share.hashtag": "#FreeAles" }));
      expect(state.formError, actor.role).toMatch(/permission/);
    }
    expect(await stored()).toEqual({ box: null, translations: {} });
    expect(await audits()).toBe(0);
  });

  it("saves the chosen kind's fields only, with translations, and audits it", async () => {
    const state = await save(staff.admin, {
      kind: "event",
      "event.title": "Vigil",
      "event.date": "2026-12-10T18:00",
      "event.be.title": "Вахта",
      "share.hashtag": "#Ignored",
    });
    expect(state.ok).toBe(true);
    expect(await stored()).toEqual({
      box: { kind: "event", title: "Vigil", date: "2026-12-10T18:00", place: "", href: "" },
      translations: { be: { label: "", text: "", title: "Вахта", place: "" } },
    });
    const entry = await database.db.auditLog.findFirstOrThrow({
      where: { targetId: MAIN_ACTION_SETTING_KEY },
    });
    expect(entry.summary).toBe('Set the main action: event "Vigil" on 2026-12-10T18:00');
  });

  it("refuses a bad field or a petition that does not exist, keeping what was typed", async () => {
    const before = await stored();
    const bad = await refusal(
      save(staff.admin, { kind: "donate", "donate.href": "javascript:alert(1)" }),
    );
    expect(bad.fieldErrors?.href?.[0]).toMatch(/https:\/\//);
    expect(bad.values?.["donate.href"]).toBe("javascript:alert(1)");
    const missing = await refusal(
      save(staff.admin, { kind: "petition", "petition.petition": "cm4nosuchpetition00000000" }),
    );
    expect(missing.fieldErrors?.petition).toEqual(["That petition no longer exists."]);
    expect(await stored()).toEqual(before);
    expect(await audits()).toBe(1);
  });

  it("an empty kind clears it", async () => {
    expect((await save(staff.admin, { kind: "" })).ok).toBe(true);
    expect((await stored()).box).toBeNull();
  });
});
