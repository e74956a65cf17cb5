"use server";

import { z } from "zod";
import { namesFormInput } from "@/lib/people/form-input";
import { saveLetterGuidance } from "@/lib/people/guidance-service";
import { IdSchema, LetterGuidanceInputSchema, StatusFormSchema } from "@/lib/people/schemas";
import {
  createPersonStatus,
  deletePersonStatus,
  updatePersonStatus,
} from "@/lib/people/status-service";
import { refreshStaffPage, revalidatePeople } from "@/lib/revalidate";
import { staffAction } from "@/lib/server-action";

/** Adds a status (no id) or saves one. */
export const saveStatusAction = staffAction({
  name: "saveStatusAction",
  permission: "person:manage",
  schema: StatusFormSchema,
  input: (formData) => namesFormInput(formData, "names"),
  async run(actor, { id, ...input }) {
    if (id) await updatePersonStatus(actor, id, input);
    else await createPersonStatus(actor, input);
    revalidatePeople();
    refreshStaffPage();
    return id ? { message: "Saved." } : { message: `"${input.names.en}" was added.`, values: {} };
  },
});

export const deleteStatusAction = staffAction({
  name: "deleteStatusAction",
  permission: "person:manage",
  schema: z.object({ id: IdSchema }),
  async run(actor, { id }) {
    await deletePersonStatus(actor, id);
    revalidatePeople();
    refreshStaffPage();
    return { message: "The status was deleted." };
  },
});

export const saveLetterGuidanceAction = staffAction({
  name: "saveLetterGuidanceAction",
  permission: "person:manage",
  schema: LetterGuidanceInputSchema,
  input: (formData) => namesFormInput(formData, "guidance"),
  async run(actor, { guidance }) {
    await saveLetterGuidance(actor, guidance);
    revalidatePeople();
    refreshStaffPage();
    return { message: "The guidance was saved." };
  },
});
