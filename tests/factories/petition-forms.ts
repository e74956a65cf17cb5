import type { Actor } from "@/lib/auth/permissions";
import { type FormState, initialFormState } from "@/lib/form-state";
import type { PrismaClient } from "@/lib/generated/prisma/client";
import { runAsActor } from "@/lib/server-action";

/** The fields of a form post, as the browser would send them. */
export type Fields = Record<string, string | string[]>;

function form(fields: Fields): FormData {
  const data = new FormData();
  for (const [key, value] of Object.entries(fields)) {
    for (const one of Array.isArray(value) ? value : [value]) data.append(key, one);
  }
  return data;
}

type Outcome = { state: FormState<unknown> | null; redirect: string | null };

/** Runs a staff action as `actor`; redirect() (a saved petition) comes back as its URL. */
export async function runAction(
  actor: Actor,
  action: (previous: FormState<never>, formData: FormData) => Promise<FormState<unknown>>,
  fields: Fields,
): Promise<Outcome> {
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

/** The field errors of a refused form, by field name. */
export const fieldErrorsOf = ({ state }: Outcome): Record<string, string[]> =>
  (state && !state.ok && state.fieldErrors) || {};

/** A new petition as the form sends it: English and Belarusian texts, open, full names. */
export const PETITION_FORM: Fields = {
  "texts.en.title": "Free Ales Bialiatski",
  "texts.en.addressee": "The President of Belarus",
  "texts.en.body": '<p>Release him.</p><script>alert("x")</script><img src=x onerror=alert(1)>',
  "texts.en.deliveryNote": "",
  "texts.be.title": "Свабоду Алесю Бяляцкаму",
  "texts.be.addressee": "",
  "texts.be.body": "<p>Вызваліце яго.</p>",
  "texts.be.deliveryNote": "",
  goal: "10 000",
  endsAt: "",
  hashtag: "FreeAles",
  signerDisplay: "FULL_NAME",
  status: "OPEN",
};

/** What the edit form sends for a stored petition (no end date, no links), `changes` on top. */
export async function editFields(db: PrismaClient, id: string, changes: Fields = {}) {
  const row = await db.petition.findUniqueOrThrow({ where: { id } });
  const fields: Fields = {
    id,
    slug: row.slug,
    goal: String(row.goal),
    endsAt: "",
    hashtag: row.hashtag,
    signerDisplay: row.signerDisplay,
    status: row.status,
  };
  for (const [lang, text] of Object.entries(row.texts as Record<string, Record<string, string>>)) {
    for (const [field, value] of Object.entries(text)) fields[`texts.${lang}.${field}`] = value;
  }
  return { ...fields, ...changes };
}
