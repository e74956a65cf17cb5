"use server";

import { redirect } from "next/navigation";
import { z } from "zod";
import {
  addPersonAddress,
  deletePersonAddress,
  setAddressVerified,
} from "@/lib/people/address-service";
import { eventFormInput, personFormInput } from "@/lib/people/form-input";
import {
  AddressInputSchema,
  AddressVerifiedSchema,
  EventFormSchema,
  IdSchema,
  PersonFormSchema,
} from "@/lib/people/schemas";
import { createPerson, deletePerson, updatePerson } from "@/lib/people/service";
import {
  addPersonEvent,
  deletePersonEvent,
  updatePersonEvent,
} from "@/lib/people/timeline-service";
import { refreshStaffPage, revalidateArticle, revalidatePeople } from "@/lib/revalidate";
import { staffAction } from "@/lib/server-action";

/** People's pages are rendered again, and the articles whose list of people changed. */
function afterChange(articleIds: string[] = []) {
  revalidatePeople();
  for (const id of articleIds) revalidateArticle(id);
}

/** The record form: adds a person (no id) or saves one, then opens their edit page. */
export const savePersonAction = staffAction({
  name: "savePersonAction",
  permission: "person:manage",
  schema: PersonFormSchema,
  input: personFormInput,
  async run(actor, { id, ...input }) {
    const saved = id
      ? { id, ...(await updatePerson(actor, id, input)) }
      : await createPerson(actor, input);
    afterChange(saved.articleIds);
    redirect(`/admin/people/${saved.id}?saved=${id ? "update" : "create"}`);
  },
});

export const deletePersonAction = staffAction({
  name: "deletePersonAction",
  permission: "person:manage",
  schema: z.object({ id: IdSchema }),
  async run(actor, { id }) {
    const { articleIds } = await deletePerson(actor, id);
    afterChange(articleIds);
    redirect("/admin/people?deleted=1");
  },
});

/** Adds an event to the timeline, or corrects one (with its `eventId`). */
export const saveEventAction = staffAction({
  name: "saveEventAction",
  permission: "person:manage",
  schema: EventFormSchema,
  input: eventFormInput,
  async run(actor, { eventId, ...input }) {
    if (eventId) await updatePersonEvent(actor, eventId, input);
    else await addPersonEvent(actor, input);
    afterChange();
    refreshStaffPage();
    // Empty values: the form shows the saved event, or is cleared for the next one.
    return { message: eventId ? "The event was saved." : "The event was added.", values: {} };
  },
});

export const deleteEventAction = staffAction({
  name: "deleteEventAction",
  permission: "person:manage",
  schema: z.object({ personId: IdSchema, eventId: IdSchema }),
  async run(actor, { personId, eventId }) {
    await deletePersonEvent(actor, personId, eventId);
    afterChange();
    refreshStaffPage();
    return { message: "The event was removed from the timeline." };
  },
});

export const addAddressAction = staffAction({
  name: "addAddressAction",
  permission: "person:manage",
  schema: AddressInputSchema,
  async run(actor, input) {
    await addPersonAddress(actor, input);
    afterChange();
    refreshStaffPage();
    return { message: "The address was added.", values: {} };
  },
});

export const setAddressVerifiedAction = staffAction({
  name: "setAddressVerifiedAction",
  permission: "person:manage",
  schema: AddressVerifiedSchema,
  async run(actor, { personId, addressId, lastVerified }) {
    await setAddressVerified(actor, personId, addressId, lastVerified);
    afterChange();
    refreshStaffPage();
    return { message: "Saved.", values: {} };
  },
});

export const deleteAddressAction = staffAction({
  name: "deleteAddressAction",
  permission: "person:manage",
  schema: z.object({ personId: IdSchema, addressId: IdSchema }),
  async run(actor, { personId, addressId }) {
    await deletePersonAddress(actor, personId, addressId);
    afterChange();
    refreshStaffPage();
    return { message: "The address was deleted." };
  },
});
