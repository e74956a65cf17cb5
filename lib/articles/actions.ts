"use server";

import { refresh } from "next/cache";
import { redirect } from "next/navigation";
import { type FormState, formValues } from "@/lib/form-state";
import { type ActionResult, fromError, fromZodError, ok } from "@/lib/action-result";
import { isFieldError } from "@/lib/errors";
import { restoreRevision } from "@/lib/articles/revisions";
import {
  ArticleIdsSchema,
  SaveArticleFormSchema,
  parseLocalDateTime,
} from "@/lib/articles/schemas";
import { ArticleConflictError, saveArticle } from "@/lib/articles/service";
import { purgeArticle, restoreArticles, trashArticles } from "@/lib/articles/service-trash";
import { getActor } from "@/lib/auth";
import { revalidateArticle, revalidateTerms } from "@/lib/revalidate";
import { getSiteSettings } from "@/lib/settings/queries";

export type ArticleFormState = FormState & {
  /** Set when someone else saved first: their version is live, ours is kept as a revision. */
  conflict?: { revisionId: string; theirUpdatedAt: string; articleId: string };
};

const SIGNED_OUT =
  "Your session has ended. Sign in again in another tab, then save: your text is still here.";

const text = (value: FormDataEntryValue | null): string => (typeof value === "string" ? value : "");

function toFormError(error: unknown, context: string): ActionResult<never> {
  if (isFieldError(error)) {
    return {
      ok: false,
      formError: error.message,
      fieldErrors: { [error.field]: [error.message] },
    };
  }
  return fromError(error, context);
}

/** The editor form: saves the article and applies the pressed button (draft, submit, publish…). */
export async function saveArticleAction(
  _prev: ArticleFormState,
  formData: FormData,
): Promise<ArticleFormState> {
  const values = formValues(formData);
  const actor = await getActor();
  if (!actor) return { ok: false, formError: SIGNED_OUT, values };
  const parsed = SaveArticleFormSchema.safeParse({
    ...Object.fromEntries(
      [...formData.entries()].filter(
        ([key, value]) => typeof value === "string" && !key.startsWith("$"),
      ),
    ),
    categoryIds: formData.getAll("categoryIds"),
    regionIds: formData.getAll("regionIds"),
  });
  if (!parsed.success) return { ...fromZodError(parsed.error), values };
  const { id, expectedUpdatedAt, overwriteWith, intent, scheduleAt, ...input } = parsed.data;

  let scheduleDate: Date | null = null;
  if (intent === "schedule") {
    const { timeZone } = await getSiteSettings();
    scheduleDate = scheduleAt ? parseLocalDateTime(scheduleAt, timeZone) : null;
    if (!scheduleDate) {
      return {
        ok: false,
        formError: "Enter the date and time to publish at.",
        fieldErrors: { scheduleAt: ["Enter a date and a time, in the site's time zone."] },
        values,
      };
    }
  }

  let saved;
  try {
    saved = await saveArticle(actor, id || undefined, input, {
      intent,
      scheduleAt: scheduleDate,
      expectedUpdatedAt: overwriteWith ?? expectedUpdatedAt,
    });
  } catch (error) {
    if (error instanceof ArticleConflictError) {
      return {
        ok: false,
        formError: error.message,
        values,
        conflict: {
          articleId: error.articleId,
          revisionId: error.conflictingRevisionId,
          theirUpdatedAt: error.theirUpdatedAt.toISOString(),
        },
      };
    }
    return { ...toFormError(error, "saveArticleAction"), values };
  }
  revalidateArticle(saved.id);
  if (saved.termsChanged) revalidateTerms();
  redirect(`/admin/articles/${saved.id}?saved=${intent}`);
}

/** Bulk form on the list: moves the ticked articles to the trash or restores them. */
export async function bulkArticlesAction(
  _prev: ActionResult<{ count: number }> | undefined,
  formData: FormData,
): Promise<ActionResult<{ count: number }>> {
  const actor = await getActor();
  if (!actor) return { ok: false, formError: "Your session has ended. Sign in again." };
  const parsed = ArticleIdsSchema.safeParse(formData.getAll("ids"));
  if (!parsed.success) return { ok: false, formError: parsed.error.issues[0]?.message };
  const operation = formData.get("operation");
  try {
    const changed =
      operation === "restore"
        ? await restoreArticles(actor, parsed.data)
        : operation === "trash"
          ? await trashArticles(actor, parsed.data)
          : null;
    if (!changed) return { ok: false, formError: "Choose what to do with the selected articles." };
    for (const id of changed) revalidateArticle(id);
    refresh();
    return ok(
      { count: changed.length },
      `${changed.length} ${changed.length === 1 ? "article" : "articles"} ${
        operation === "restore" ? "restored as drafts" : "moved to the trash"
      }.`,
    );
  } catch (error) {
    return fromError(error, "bulkArticlesAction");
  }
}

/** One-article buttons on the editor page: trash, restore, delete permanently. */
export async function articleLifecycleAction(
  _prev: ActionResult | undefined,
  formData: FormData,
): Promise<ActionResult> {
  const actor = await getActor();
  if (!actor) return { ok: false, formError: "Your session has ended. Sign in again." };
  const id = text(formData.get("id"));
  const operation = formData.get("operation");
  let destination: string;
  try {
    if (operation === "trash") {
      await trashArticles(actor, [id]);
      destination = `/admin/articles/${id}?saved=trash`;
    } else if (operation === "restore") {
      await restoreArticles(actor, [id]);
      destination = `/admin/articles/${id}?saved=restore`;
    } else if (operation === "purge") {
      await purgeArticle(actor, id);
      destination = `/admin/articles?deleted=1&kind=${formData.get("kind") === "PAGE" ? "PAGE" : "POST"}`;
    } else {
      return { ok: false, formError: "Unknown operation." };
    }
  } catch (error) {
    return fromError(error, "articleLifecycleAction");
  }
  revalidateArticle(id);
  redirect(destination);
}

/** Restores a revision of an article (recorded as a new revision). */
export async function restoreRevisionAction(
  _prev: ActionResult | undefined,
  formData: FormData,
): Promise<ActionResult> {
  const actor = await getActor();
  if (!actor) return { ok: false, formError: "Your session has ended. Sign in again." };
  const articleId = text(formData.get("articleId"));
  const revisionId = text(formData.get("revisionId"));
  try {
    await restoreRevision(actor, articleId, revisionId);
  } catch (error) {
    return fromError(error, "restoreRevisionAction");
  }
  revalidateArticle(articleId);
  redirect(`/admin/articles/${articleId}?saved=revision`);
}
