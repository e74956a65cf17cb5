"use server";

import { refresh } from "next/cache";
import { redirect } from "next/navigation";
import { type FormState, withValues } from "@/lib/form-state";
import { type ActionResult, fromError, fromZodError, ok } from "@/lib/action-result";
import { isFieldError } from "@/lib/errors";
import { getActor } from "@/lib/auth";
import { revalidateArticle, revalidateTerms } from "@/lib/revalidate";
import { MergeTagsSchema, TermInputSchema, TermUpdateSchema } from "@/lib/taxonomy/schemas";
import { createTerm, deleteTerm, mergeTags, updateTerm } from "@/lib/taxonomy/service";

const SIGNED_OUT: ActionResult<never> = {
  ok: false,
  formError: "Your session has ended. Sign in again, then retry: what you typed is still here.",
};

function failure(error: unknown, context: string): ActionResult<never> {
  if (isFieldError(error)) {
    return { ok: false, formError: error.message, fieldErrors: { [error.field]: [error.message] } };
  }
  return fromError(error, context);
}

function afterChange(articleIds: string[] = []) {
  revalidateTerms();
  for (const id of articleIds) revalidateArticle(id);
}

const text = (value: FormDataEntryValue | null): string => (typeof value === "string" ? value : "");

export async function createTermAction(_prev: FormState, formData: FormData): Promise<FormState> {
  const actor = await getActor();
  if (!actor) return withValues(SIGNED_OUT, formData);
  const parsed = TermInputSchema.safeParse(Object.fromEntries(formData));
  if (!parsed.success) return withValues(fromZodError(parsed.error), formData);
  try {
    await createTerm(actor, parsed.data);
  } catch (error) {
    return withValues(failure(error, "createTermAction"), formData);
  }
  afterChange();
  refresh();
  // Empty values: the form is cleared for the next term.
  return { ...ok(undefined, `"${parsed.data.name}" was added.`), values: {} };
}

export async function updateTermAction(_prev: FormState, formData: FormData): Promise<FormState> {
  const actor = await getActor();
  if (!actor) return withValues(SIGNED_OUT, formData);
  const id = text(formData.get("id"));
  const parsed = TermUpdateSchema.safeParse(Object.fromEntries(formData));
  if (!parsed.success) return withValues(fromZodError(parsed.error), formData);
  try {
    const { articleIds } = await updateTerm(actor, id, parsed.data);
    afterChange(articleIds);
  } catch (error) {
    return withValues(failure(error, "updateTermAction"), formData);
  }
  refresh();
  return withValues(ok(undefined, "Saved."), formData);
}

export async function deleteTermAction(
  _prev: ActionResult | undefined,
  formData: FormData,
): Promise<ActionResult> {
  const actor = await getActor();
  if (!actor) return SIGNED_OUT;
  try {
    const { articleIds } = await deleteTerm(actor, text(formData.get("id")));
    afterChange(articleIds);
  } catch (error) {
    return failure(error, "deleteTermAction");
  }
  redirect("/admin/terms?deleted=1");
}

export async function mergeTagsAction(_prev: FormState, formData: FormData): Promise<FormState> {
  const actor = await getActor();
  if (!actor) return withValues(SIGNED_OUT, formData);
  const parsed = MergeTagsSchema.safeParse(Object.fromEntries(formData));
  if (!parsed.success) return withValues(fromZodError(parsed.error), formData);
  try {
    const { articleIds } = await mergeTags(actor, parsed.data.sourceId, parsed.data.targetId);
    afterChange(articleIds);
    refresh();
    return {
      ...ok(undefined, `Merged: ${articleIds.length} article(s) moved to the kept tag.`),
      values: {},
    };
  } catch (error) {
    return withValues(failure(error, "mergeTagsAction"), formData);
  }
}
