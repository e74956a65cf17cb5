import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import type { Actor } from "@/lib/auth/permissions";
import { addAddressAction, saveEventAction, savePersonAction } from "@/lib/people/actions";
import { deleteStatusAction } from "@/lib/people/status-actions";
import { initialFormState } from "@/lib/form-state";
import { runAsActor } from "@/lib/server-action";
import { createArticle, createStaffOfEveryRole } from "@/tests/factories/articles";
import { type TestDatabase, createTestDatabase } from "@/tests/setup/database";

let database: TestDatabase;
let staff: Record<"admin" | "editor" | "author" | "moderator", Actor>;
let statusId: string;

beforeAll(async () => {
  database = await createTestDatabase(inject("pgAdminUrl"), inject("templateDatabase"));
  process.env.DATABASE_URL = database.url;
  staff = await createStaffOfEveryRole(database.db);
  statusId = (
    await database.db.personStatus.create({
      data: { key: "sentenced", names: { en: "Sentenced" }, isHeld: true },
    })
  ).id;
});

afterAll(async () => {
  await database.drop();
});

function form(fields: Record<string, string | string[]>): FormData {
  const data = new FormData();
  for (const [key, value] of Object.entries(fields)) {
    for (const one of Array.isArray(value) ? value : [value]) data.append(key, one);
  }
  return data;
}

/** Runs an action as `actor`; redirect() (a saved person) comes back as the URL it names. */
async function run<T>(
  actor: Actor,
  action: (s: typeof initialFormState, f: FormData) => Promise<T>,
  fields: Record<string, string | string[]>,
) {
  try {
    return {
      state: await runAsActor(actor, () => action(initialFormState, form(fields))),
      redirect: null,
    };
  } catch (error) {
    const digest = (error as { digest?: string }).digest ?? "";
    if (!digest.startsWith("NEXT_REDIRECT")) throw error;
    return { state: null, redirect: digest.split(";")[2] ?? "" };
  }
}

const counts = async () => ({
  people: await database.db.person.count(),
  revisions: await database.db.personRevision.count(),
  events: await database.db.personEvent.count(),
  audit: await database.db.auditLog.count({ where: { action: { startsWith: "person" } } }),
});

const PERSON = {
  "names.en": "Ales Bialiatski",
  "names.be": "Алесь Бяляцкі",
  spellings: "Bialiacki\nБеляцкий",
  statusId: "",
  charges: "Art. 243 part 2 — concealment of income",
  published: "on",
};

describe("people in the staff area", () => {
  it("an editor adds a person: one row, one revision, an audit entry", async () => {
    const before = await counts();
    const article = await createArticle(database.db, staff.editor.id);
    const { redirect } = await run(staff.editor, savePersonAction, {
      ...PERSON,
      statusId,
      articleIds: [article.id],
    });
    expect(redirect).toMatch(/^\/admin\/people\/[^/?]+\?saved=create$/);
    const person = await database.db.person.findUniqueOrThrow({
      where: { slug: "ales-bialiatski" },
      include: { articles: { select: { id: true } } },
    });
    expect(person.names).toEqual({ en: "Ales Bialiatski", be: "Алесь Бяляцкі" });
    expect(person.spellings).toEqual(["Bialiacki", "Беляцкий"]);
    expect(person.charges).toEqual([{ article: "Art. 243 part 2", text: "concealment of income" }]);
    expect(person.articles).toEqual([{ id: article.id }]);
    const after = await counts();
    expect(after.people - before.people).toBe(1);
    expect(after.revisions - before.revisions).toBe(1);
    expect(after.audit - before.audit).toBeGreaterThanOrEqual(1);
  });

  it.each(["author", "moderator"] as const)(
    "a %s is refused and nothing is written",
    async (role) => {
      const before = await counts();
      const { state } = await run(staff[role], savePersonAction, {
        ...PERSON,
        "names.en": "Someone Else",
        statusId,
      });
      expect(state).toMatchObject({
        ok: false,
        formError: "You do not have permission to do that.",
      });
      expect(await counts()).toEqual(before);
    },
  );

  it("a duplicate slug is a field error, with what was typed kept", async () => {
    const { state } = await run(staff.editor, savePersonAction, {
      ...PERSON,
      slug: "ales-bialiatski",
      statusId,
    });
    expect(state).toMatchObject({ ok: false, values: { "names.be": "Алесь Бяляцкі" } });
    expect(state && !state.ok && state.fieldErrors?.slug?.length).toBeTruthy();
  });

  it("refuses a release dated in the future, keeps the form and writes nothing", async () => {
    const person = await database.db.person.findUniqueOrThrow({
      where: { slug: "ales-bialiatski" },
    });
    await run(staff.editor, saveEventAction, {
      personId: person.id,
      date: "2011-08-04",
      kind: "DETAINED",
      "texts.en.place": "Minsk",
    });
    const before = await counts();
    const { state } = await run(staff.editor, saveEventAction, {
      personId: person.id,
      date: new Date(Date.now() + 30 * 24 * 60 * 60 * 1000).toISOString().slice(0, 10),
      kind: "RELEASED",
      "texts.en.note": "Typed note",
    });
    expect(state).toMatchObject({ ok: false, values: { "texts.en.note": "Typed note" } });
    expect(state && !state.ok && state.fieldErrors?.date?.join(" ")).toMatch(
      /cannot be dated after today/,
    );
    expect(await counts()).toEqual(before);
  });

  it("a newer address becomes the current one; the earlier stays as history", async () => {
    const person = await database.db.person.findUniqueOrThrow({
      where: { slug: "ales-bialiatski" },
    });
    for (const [address, validFrom] of [
      ["СИЗО-1\nул. Володарского, 2\n220030, г. Минск", "2011-08-04"],
      ["ИК-2\nг. Бобруйск", "2012-02-01"],
    ] as const) {
      const { state } = await run(staff.editor, addAddressAction, {
        personId: person.id,
        address,
        script: "CYRILLIC",
        latin: "",
        validFrom,
      });
      expect(state).toMatchObject({ ok: true });
    }
    const addresses = await database.db.personAddress.findMany({
      where: { personId: person.id },
      orderBy: { validFrom: "desc" },
    });
    expect(addresses.map((a) => a.address.split("\n")[0])).toEqual(["ИК-2", "СИЗО-1"]);
    expect(
      await database.db.personRevision.count({ where: { personId: person.id } }),
    ).toBeGreaterThanOrEqual(3);
  });

  it("refuses to delete a status people have", async () => {
    const { state } = await run(staff.admin, deleteStatusAction, { id: statusId });
    expect(state).toMatchObject({ ok: false });
    expect(await database.db.personStatus.count({ where: { id: statusId } })).toBe(1);
  });
});
