import { getURLFromRedirectError } from "next/dist/client/components/redirect";
import { isRedirectError } from "next/dist/client/components/redirect-error";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { saveArticleAction } from "@/lib/articles/actions";
import { saveArticle } from "@/lib/articles/service";
import type { Actor } from "@/lib/auth/permissions";
import type { FormState } from "@/lib/form-state";
import {
  addAddressAction,
  deletePersonAction,
  saveEventAction,
  savePersonAction,
} from "@/lib/people/actions";
import { listPersonRevisions } from "@/lib/people/revisions";
import { deleteStatusAction, saveStatusAction } from "@/lib/people/status-actions";
import { runAsActor } from "@/lib/server-action";
import { articleInput, createArticle, createStaffOfEveryRole } from "@/tests/factories/articles";
import { expectForbidden } from "@/tests/factories/users";
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

type Action = (previous: FormState<never>, formData: FormData) => Promise<FormState<unknown>>;

/** Posts the form as the browser would, as `actor`; a redirect is an outcome too. */
async function post(action: unknown, actor: Actor, fields: Record<string, string | string[]>) {
  const data = new FormData();
  for (const [key, value] of Object.entries(fields)) {
    for (const one of Array.isArray(value) ? value : [value]) data.append(key, one);
  }
  try {
    const state = await runAsActor(actor, () => (action as Action)({ ok: false }, data));
    return { state, redirect: null };
  } catch (error) {
    if (isRedirectError(error)) return { state: null, redirect: getURLFromRedirectError(error) };
    throw error;
  }
}

async function addStatus(key: string, name: string) {
  const { state } = await post(saveStatusAction, staff.editor, {
    key,
    "names.en": name,
    isHeld: "on",
  });
  expect(state, JSON.stringify(state)).toMatchObject({ ok: true });
  return database.db.personStatus.findUniqueOrThrow({ where: { key } });
}

async function addPerson(name: string, statusId: string) {
  const { redirect, state } = await post(savePersonAction, staff.editor, {
    "names.en": name,
    statusId,
  });
  expect(redirect, JSON.stringify(state)).toMatch(/\?saved=create$/);
  return database.db.person.findFirstOrThrow({ where: { names: { equals: { en: name } } } });
}

const peopleOf = async (articleId: string) =>
  (
    await database.db.article.findUniqueOrThrow({
      where: { id: articleId },
      select: { people: { select: { id: true }, orderBy: { id: "asc" } } },
    })
  ).people.map((person) => person.id);

const auditActions = async (personId: string) =>
  (
    await database.db.auditLog.findMany({
      where: { targetId: personId },
      orderBy: [{ createdAt: "asc" }, { id: "asc" }],
      select: { action: true },
    })
  ).map((entry) => entry.action);

describe("a person's record, timeline and addresses as an editor saves them", () => {
  it("writes one revision and one audit entry per save, the last snapshot with everything", async () => {
    const status = await addStatus("detained", "Detained");
    const person = await addPerson("Marfa Rabkova", status.id);
    const { state: event } = await post(saveEventAction, staff.editor, {
      personId: person.id,
      date: "2020-09-17",
      kind: "DETAINED",
      "texts.en.place": "Minsk",
      sourceUrl: "https://spring96.org/en/news/99195",
    });
    expect(event).toMatchObject({ ok: true, message: "The event was added." });
    const { state: address } = await post(addAddressAction, staff.editor, {
      personId: person.id,
      address: "СИЗО-1\r\nул. Володарского, 2  \r\n220030, г. Минск",
      script: "CYRILLIC",
      latin: "SIZO-1\nul. Volodarskogo, 2\n220030, Minsk",
      validFrom: "2020-09-18",
    });
    expect(address).toMatchObject({ ok: true });

    expect(await database.db.personEvent.count({ where: { personId: person.id } })).toBe(1);
    const stored = await database.db.personAddress.findFirstOrThrow({
      where: { personId: person.id },
    });
    expect(stored.address).toBe("СИЗО-1\nул. Володарского, 2\n220030, г. Минск");
    expect(await auditActions(person.id)).toEqual([
      "person.create",
      "person.event.add",
      "person.address.add",
    ]);
    const revisions = await listPersonRevisions(staff.editor, person.id);
    expect(revisions).toHaveLength(3);
    const added = (index: number) =>
      revisions[index]!.diff.filter((part) => part.added)
        .map((part) => part.value)
        .join("");
    expect(added(0)).toContain("СИЗО-1");
    expect(added(1)).toContain("2020-09-17");
    expect(added(2)).toContain("Marfa Rabkova");
    await expectForbidden(listPersonRevisions(staff.author, person.id));
  });

  it("an event with a source that is not a web address is refused under its field", async () => {
    const status = await addStatus("exile", "In exile");
    const person = await addPerson("Someone Abroad", status.id);
    const { state } = await post(saveEventAction, staff.editor, {
      personId: person.id,
      date: "2022-02-30",
      kind: "OTHER",
      sourceUrl: "javascript:alert(1)",
    });
    expect(state && !state.ok && state.fieldErrors).toMatchObject({
      date: [expect.stringMatching(/real date/)],
      sourceUrl: [expect.stringMatching(/http/)],
    });
    expect(await database.db.personEvent.count({ where: { personId: person.id } })).toBe(0);
  });

  it("a status in use cannot be deleted and says why; unused, it can", async () => {
    const used = await addStatus("sentenced", "Sentenced");
    await addPerson("Ihar Losik", used.id);
    const refused = await post(deleteStatusAction, staff.editor, { id: used.id });
    expect(refused.state && !refused.state.ok && refused.state.formError).toMatch(
      /^1 person has the status "Sentenced"/,
    );
    const unused = await addStatus("pardoned", "Pardoned");
    expect((await post(deleteStatusAction, staff.editor, { id: unused.id })).state).toMatchObject({
      ok: true,
    });
    expect(await database.db.personStatus.count({ where: { id: unused.id } })).toBe(0);
  });

  it("deleting a person keeps the articles and the audit keeps their last snapshot", async () => {
    const status = await database.db.personStatus.findUniqueOrThrow({ where: { key: "detained" } });
    const person = await addPerson("To Be Removed", status.id);
    const article = await createArticle(database.db, staff.editor.id);
    await database.db.person.update({
      where: { id: person.id },
      data: { articles: { connect: { id: article.id } } },
    });
    const { redirect } = await post(deletePersonAction, staff.editor, { id: person.id });
    expect(redirect).toBe("/admin/people?deleted=1");
    expect(await database.db.person.count({ where: { id: person.id } })).toBe(0);
    expect(await database.db.article.count({ where: { id: article.id } })).toBe(1);
    const entry = await database.db.auditLog.findFirstOrThrow({
      where: { action: "person.delete", targetId: person.id },
    });
    expect(JSON.stringify(entry.details)).toContain("To Be Removed");
  });
});

describe("people in the article editor", () => {
  it("the article action stores the people ticked, and a later save changes them", async () => {
    const status = await database.db.personStatus.findUniqueOrThrow({ where: { key: "detained" } });
    const first = await addPerson("Valiantsin Stefanovich", status.id);
    const second = await addPerson("Uladzimir Labkovich", status.id);
    const created = await post(saveArticleAction, staff.author, {
      kind: "POST",
      title: "Two Viasna members in court",
      body: "<p>The trial began.</p>",
      personIds: [first.id, second.id],
    });
    const articleId = /\/admin\/articles\/([^?]+)\?/.exec(created.redirect ?? "")?.[1] ?? "";
    expect(articleId, JSON.stringify(created.state)).not.toBe("");
    expect(await peopleOf(articleId)).toEqual([first.id, second.id].sort());

    await post(saveArticleAction, staff.author, {
      id: articleId,
      kind: "POST",
      title: "Two Viasna members in court",
      body: "<p>The trial began.</p>",
      personIds: [second.id],
    });
    expect(await peopleOf(articleId)).toEqual([second.id]);

    // A save that does not name people (a script, an import) leaves the links as they are.
    await saveArticle(staff.author, articleId, articleInput({ title: "Renamed" }));
    expect(await peopleOf(articleId)).toEqual([second.id]);
  });

  it("a person deleted meanwhile is a field error and the article is not written", async () => {
    const before = await database.db.article.count();
    const { state } = await post(saveArticleAction, staff.editor, {
      kind: "POST",
      title: "About someone gone",
      body: "<p>Text kept</p>",
      personIds: ["no-such-person"],
    });
    expect(state && !state.ok && state.fieldErrors?.personIds?.[0]).toMatch(/deleted meanwhile/);
    expect(state?.values?.body).toBe("<p>Text kept</p>");
    expect(await database.db.article.count()).toBe(before);
  });
});
