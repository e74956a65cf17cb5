"use server";

import { redirect } from "next/navigation";
import { z } from "zod";
import { refreshStaffPage, revalidateArticle, revalidateTerms } from "@/lib/revalidate";
import { staffAction } from "@/lib/server-action";
import { MergeTagsSchema, TermInputSchema, TermUpdateSchema } from "@/lib/taxonomy/schemas";
import { createTerm, deleteTerm, mergeTags, updateTerm } from "@/lib/taxonomy/service";

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
