"use server";

import { redirect } from "next/navigation";
import { z } from "zod";
import { refreshStaffPage, revalidateArticle, revalidateTerms } from "@/lib/revalidate";
import { staffAction } from "@/lib/server-action";
import { MergeTagsSchema, TermInputSchema, TermUpdateSchema } from "@/lib/taxonomy/schemas";
import {
  createTerm,
  deleteTerm,
  mergeTags,
  updateTerm,
  updateTermTranslations,
} from "@/lib/taxonomy/service";
import { LANGUAGE_CODES } from "@/lib/i18n/languages";

/** Term pages and the articles that show the term are rendered again. */
function afterChange(articleIds: string[] = []) {
  revalidateTerms();
  for (const id of articleIds) revalidateArticle(id);
}

const id = z.string().min(1).max(64);

export const createTermAction = staffAction({
  name: "createTermAction",
  permission: "term:manage",
  schema: TermInputSchema,
  async run(actor, input) {
    await createTerm(actor, input);
    // A term no published article carries shows nowhere yet: nothing public to revalidate.
    refreshStaffPage();
    // Empty values: the form is cleared for the next term.
    return { message: `"${input.name}" was added.`, values: {} };
  },
});

export const updateTermAction = staffAction({
  name: "updateTermAction",
  permission: "term:manage",
  schema: TermUpdateSchema.extend({ id }),
  async run(actor, { id: termId, ...input }) {
    const { articleIds } = await updateTerm(actor, termId, input);
    afterChange(articleIds);
    refreshStaffPage();
    return { message: "Saved." };
  },
});

const label = z.object({
  name: z.string().trim().max(120, "The name can be at most 120 characters."),
  slug: z.string().trim().max(200, "The slug can be at most 200 characters."),
  description: z.string().trim().max(2000, "The description can be at most 2000 characters."),
});

/** The term's names in the site's other languages: `be.name`, `be.slug`, `be.description` … */
export const updateTermTranslationsAction = staffAction({
  name: "updateTermTranslationsAction",
  permission: "term:manage",
  schema: z.object({ id, labels: z.partialRecord(z.enum(LANGUAGE_CODES), label) }),
  input: (formData) => ({
    id: formData.get("id"),
    labels: Object.fromEntries(
      LANGUAGE_CODES.filter((code) => formData.has(`${code}.name`)).map((code) => [
        code,
        {
          name: formData.get(`${code}.name`) ?? "",
          slug: formData.get(`${code}.slug`) ?? "",
          description: formData.get(`${code}.description`) ?? "",
        },
      ]),
    ),
  }),
  async run(actor, { id: termId, labels }) {
    const { articleIds } = await updateTermTranslations(actor, termId, labels);
    afterChange(articleIds);
    refreshStaffPage();
    return { message: "Saved the names in other languages." };
  },
});

export const deleteTermAction = staffAction({
  name: "deleteTermAction",
  permission: "term:manage",
  schema: z.object({ id }),
  async run(actor, { id: termId }) {
    const { articleIds } = await deleteTerm(actor, termId);
    afterChange(articleIds);
    redirect("/admin/terms?deleted=1");
  },
});

export const mergeTagsAction = staffAction({
  name: "mergeTagsAction",
  permission: "term:manage",
  schema: MergeTagsSchema,
  async run(actor, { sourceId, targetId }) {
    const { articleIds } = await mergeTags(actor, sourceId, targetId);
    afterChange(articleIds);
    refreshStaffPage();
    return {
      message: `Merged: ${articleIds.length} article(s) moved to the kept tag.`,
      values: {},
    };
  },
});
