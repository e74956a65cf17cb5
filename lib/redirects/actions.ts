"use server";

import { redirect } from "next/navigation";
import { AppError } from "@/lib/errors";
import { staffMessages } from "@/lib/i18n/messages/staff";
import {
  RedirectIdSchema,
  RedirectIdsSchema,
  RedirectInputSchema,
  RedirectTargetUpdateSchema,
} from "@/lib/redirects/schemas";
import { createRedirect, deleteRedirects, updateRedirectTarget } from "@/lib/redirects/service";
import { refreshStaffPage } from "@/lib/revalidate";
import { staffAction } from "@/lib/server-action";

// Redirects show on no cached public page (the proxy answers them from the database), so only
// the staff page is rendered again.

export const createRedirectAction = staffAction({
  name: "createRedirectAction",
  permission: "redirect:manage",
  schema: RedirectInputSchema,
  async run(actor, input) {
    const { fromPath } = await createRedirect(actor, input);
    refreshStaffPage();
    // Empty values: the form is cleared for the next redirect.
    return { message: staffMessages().redirects.createdMessage(fromPath), values: {} };
  },
});

export const updateRedirectTargetAction = staffAction({
  name: "updateRedirectTargetAction",
  permission: "redirect:manage",
  schema: RedirectTargetUpdateSchema,
  async run(actor, { id, target }) {
    await updateRedirectTarget(actor, id, target);
    refreshStaffPage();
    return { message: staffMessages().redirects.savedMessage };
  },
});

export const deleteRedirectAction = staffAction({
  name: "deleteRedirectAction",
  permission: "redirect:manage",
  schema: RedirectIdSchema,
  async run(actor, { id }) {
    const { count } = await deleteRedirects(actor, [id]);
    if (count === 0) throw new AppError("NOT_FOUND", staffMessages().redirects.errors.gone);
    redirect("/admin/redirects?deleted=1");
  },
});

export const deleteRedirectsAction = staffAction({
  name: "deleteRedirectsAction",
  permission: "redirect:manage",
  schema: RedirectIdsSchema,
  input: (formData) => ({ ids: formData.getAll("ids") }),
  async run(actor, { ids }) {
    const { count } = await deleteRedirects(actor, ids);
    refreshStaffPage();
    return { message: staffMessages().redirects.deletedMessage(count), values: {} };
  },
});
