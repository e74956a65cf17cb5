"use server";

import { refresh } from "next/cache";
import { type FormState, withValues } from "@/lib/form-state";
import { type ActionResult, fromError, fromZodError, ok } from "@/lib/action-result";
import { getActor } from "@/lib/auth";
import { MediaDetailsSchema } from "@/lib/media/schemas";
import { deleteMedia, updateMediaDetails } from "@/lib/media/service";
import { revalidateMedia } from "@/lib/revalidate";

const SIGNED_OUT = "Your session has ended. Sign in again, then retry.";
const text = (value: FormDataEntryValue | null): string => (typeof value === "string" ? value : "");

/** Alt text and credit of one image. */
export async function updateMediaAction(_prev: FormState, formData: FormData): Promise<FormState> {
  const actor = await getActor();
  if (!actor) return withValues({ ok: false, formError: SIGNED_OUT }, formData);
  const parsed = MediaDetailsSchema.safeParse(Object.fromEntries(formData));
  if (!parsed.success) return withValues(fromZodError(parsed.error), formData);
  try {
    await updateMediaDetails(actor, text(formData.get("id")), parsed.data);
  } catch (error) {
    return withValues(fromError(error, "updateMediaAction"), formData);
  }
  revalidateMedia();
  return withValues(ok(undefined, "Saved."), formData);
}

export async function deleteMediaAction(
  _prev: ActionResult | undefined,
  formData: FormData,
): Promise<ActionResult> {
  const actor = await getActor();
  if (!actor) return { ok: false, formError: SIGNED_OUT };
  try {
    await deleteMedia(actor, text(formData.get("id")));
  } catch (error) {
    return fromError(error, "deleteMediaAction");
  }
  revalidateMedia();
  refresh();
  return ok(undefined, "Deleted.");
}
