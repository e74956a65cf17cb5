"use server";

import { redirect } from "next/navigation";
import { z } from "zod";
import { purgeArticle, restoreArticles, trashArticles } from "@/lib/articles/lifecycle";
import { restoreRevision } from "@/lib/articles/revisions";
import {
  ArticleIdsSchema,
  SaveArticleFormSchema,
  parseLocalDateTime,
} from "@/lib/articles/schemas";
import { ArticleConflictError, saveArticle } from "@/lib/articles/service";
import { createTranslation } from "@/lib/articles/translations";
import { FieldError } from "@/lib/errors";
import type { FormState } from "@/lib/form-state";
import {
  refreshStaffPage,
  revalidateArticle,
  revalidatePeople,
  revalidateTerms,
} from "@/lib/revalidate";
import { formFields, staffAction } from "@/lib/server-action";
import { getSiteSettings } from "@/lib/settings/queries";

type Conflict = {
  /** Set when someone else saved first: their version is live, ours is kept as a revision. */
  conflict?: { revisionId: string; theirUpdatedAt: string; articleId: string };
};
export type ArticleFormState = FormState & Conflict;

/** The editor form: saves the article and applies the pressed button (draft, submit, publish…). */
export const saveArticleAction = staffAction({
  name: "saveArticleAction",
  permission: "article:create",
  schema: SaveArticleFormSchema,
  input: (formData) => ({
    ...formFields(formData),
    categoryIds: formData.getAll("categoryIds"),
    regionIds: formData.getAll("regionIds"),
    personIds: formData.getAll("personIds"),
  }),
  async run(actor, { id, expectedUpdatedAt, overwriteWith, intent, scheduleAt, ...input }) {
    let scheduleDate: Date | null = null;
    if (intent === "schedule") {
      const { timeZone } = await getSiteSettings();
      scheduleDate = scheduleAt ? parseLocalDateTime(scheduleAt, timeZone) : null;
      if (!scheduleDate) {
        throw new FieldError("scheduleAt", "Enter a date and a time, in the site's time zone.");
      }
    }
    const saved = await saveArticle(actor, id || undefined, input, {
      intent,
      scheduleAt: scheduleDate,
      // No version in a form naming an article: checked against the article as first created.
      expectedUpdatedAt: overwriteWith ?? expectedUpdatedAt ?? null,
    });
    // A draft saved again changes nothing readers see: no public page is rendered anew.
    if (saved.publicChanged) revalidateArticle(saved.id);
    if (saved.termsChanged) revalidateTerms();
    if (saved.peopleChanged) revalidatePeople();
    redirect(`/admin/articles/${saved.id}?saved=${intent}`);
  },
  recover: (error): (FormState<never> & Conflict) | undefined =>
    error instanceof ArticleConflictError
      ? {
          ok: false,
          formError: error.message,
          conflict: {
            articleId: error.articleId,
            revisionId: error.conflictingRevisionId,
            theirUpdatedAt: error.theirUpdatedAt.toISOString(),
          },
        }
      : undefined,
});

/** Starts a translation of the open article into another language, then opens it. */
export const createTranslationAction = staffAction({
  name: "createTranslationAction",
  permission: "article:create",
  schema: z.object({
    articleId: z.string().trim().min(1).max(64),
    language: z.string().trim().min(2).max(12),
  }),
  async run(actor, { articleId, language }) {
    const created = await createTranslation(actor, articleId, language);
    refreshStaffPage();
    redirect(`/admin/articles/${created.id}?saved=translation`);
  },
});

/** Bulk form on the list: moves the ticked articles to the trash or restores them. */
export const bulkArticlesAction = staffAction({
  name: "bulkArticlesAction",
  permission: "article:trash",
  schema: z.object({
    ids: ArticleIdsSchema,
    operation: z.enum(["trash", "restore"], {
      error: "Choose what to do with the selected articles.",
    }),
  }),
  input: (formData) => ({ ids: formData.getAll("ids"), operation: formData.get("operation") }),
  async run(actor, { ids, operation }) {
    let count: number;
    if (operation === "restore") {
      count = (await restoreArticles(actor, ids)).length;
    } else {
      const trashed = await trashArticles(actor, ids);
      for (const articleId of trashed.publicIds) revalidateArticle(articleId);
      count = trashed.ids.length;
    }
    refreshStaffPage();
    return {
      message: `${count} ${count === 1 ? "article" : "articles"} ${
        operation === "restore" ? "restored as drafts" : "moved to the trash"
      }.`,
      values: {},
    };
  },
});

/** One-article buttons on the editor page: trash, restore, delete permanently. */
export const articleLifecycleAction = staffAction({
  name: "articleLifecycleAction",
  permission: "article:trash",
  schema: z.object({
    id: z.string().min(1).max(64),
    operation: z.enum(["trash", "restore", "purge"], { error: "Unknown operation." }),
    kind: z.enum(["POST", "PAGE"]).catch("POST"),
  }),
  async run(actor, { id, operation, kind }) {
    if (operation === "trash") {
      const { publicIds } = await trashArticles(actor, [id]);
      for (const articleId of publicIds) revalidateArticle(articleId);
      redirect(`/admin/articles/${id}?saved=trash`);
    }
    if (operation === "restore") {
      await restoreArticles(actor, [id]);
      redirect(`/admin/articles/${id}?saved=restore`);
    }
    await purgeArticle(actor, id);
    redirect(`/admin/articles?deleted=1&kind=${kind}`);
  },
});

/** Restores a revision of an article (recorded as a new revision). */
export const restoreRevisionAction = staffAction({
  name: "restoreRevisionAction",
  permission: "article:create",
  schema: z.object({ articleId: z.string().min(1).max(64), revisionId: z.string().min(1).max(64) }),
  async run(actor, { articleId, revisionId }) {
    const restored = await restoreRevision(actor, articleId, revisionId);
    if (restored.isPublic) revalidateArticle(articleId);
    redirect(`/admin/articles/${articleId}?saved=revision`);
  },
});
