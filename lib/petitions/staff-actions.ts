"use server";

import { redirect } from "next/navigation";
import { z } from "zod";
import { LANGUAGE_CODES } from "@/lib/i18n/languages";
import { staffMessages } from "@/lib/i18n/messages/staff";
import { IdSchema } from "@/lib/people/schemas";
import {
  createPetition,
  deletePetition,
  deliverPetition,
  savePetitionSettings,
  updatePetition,
} from "@/lib/petitions/service";
import {
  DeliverFormSchema,
  PetitionFormSchema,
  PetitionSettingsFormSchema,
} from "@/lib/petitions/staff-schemas";
import { refreshStaffPage, revalidatePetitions } from "@/lib/revalidate";
import { formFields, staffAction } from "@/lib/server-action";

const TEXT_FIELDS = ["title", "addressee", "body", "deliveryNote"] as const;

/** `texts.en.title`, `texts.en.body` … of the petition form grouped by language. */
function petitionFormInput(formData: FormData) {
  return {
    ...formFields(formData),
    texts: Object.fromEntries(
      LANGUAGE_CODES.filter((code) =>
        TEXT_FIELDS.some((field) => formData.has(`texts.${code}.${field}`)),
      ).map((code) => [
        code,
        Object.fromEntries(
          TEXT_FIELDS.map((field) => [field, formData.get(`texts.${code}.${field}`) ?? undefined]),
        ),
      ]),
    ),
    personIds: formData.getAll("personIds"),
    termIds: formData.getAll("termIds"),
  };
}

/** The petition form: adds a petition (no id) or saves one, then opens its edit page. */
export const savePetitionAction = staffAction({
  name: "savePetitionAction",
  permission: "petition:manage",
  schema: PetitionFormSchema,
  input: petitionFormInput,
  async run(actor, { id, ...input }) {
    if (id) await updatePetition(actor, id, input);
    const petitionId = id || (await createPetition(actor, input)).id;
    revalidatePetitions();
    redirect(`/admin/petitions/${petitionId}?saved=${id ? "update" : "create"}`);
  },
});

/** The delivery form: the day and the public notes; the petition becomes DELIVERED. */
export const deliverPetitionAction = staffAction({
  name: "deliverPetitionAction",
  permission: "petition:manage",
  schema: DeliverFormSchema,
  input: (formData) => ({
    ...formFields(formData),
    notes: Object.fromEntries(
      LANGUAGE_CODES.filter((code) => formData.has(`notes.${code}`)).map((code) => [
        code,
        formData.get(`notes.${code}`),
      ]),
    ),
  }),
  async run(actor, { id, ...input }) {
    await deliverPetition(actor, id, input);
    revalidatePetitions();
    redirect(`/admin/petitions/${id}?saved=deliver`);
  },
});

export const deletePetitionAction = staffAction({
  name: "deletePetitionAction",
  permission: "petition:manage",
  schema: z.object({ id: IdSchema }),
  async run(actor, { id }) {
    await deletePetition(actor, id);
    revalidatePetitions();
    redirect("/admin/petitions?deleted=1");
  },
});

/** How long signers' data is kept after a petition ends (the public pages say so). */
export const savePetitionSettingsAction = staffAction({
  name: "savePetitionSettingsAction",
  permission: "setting:manage",
  schema: PetitionSettingsFormSchema,
  async run(actor, settings) {
    await savePetitionSettings(actor, settings);
    revalidatePetitions();
    refreshStaffPage();
    return { message: staffMessages().petitions.settings.saved };
  },
});
