import { z } from "zod";

const TaxonomySchema = z.enum(["CATEGORY", "TAG", "REGION"]);

/** The service's wording of each taxonomy in its messages; the staff pages use the catalogue. */
export const TAXONOMY_LABELS = {
  CATEGORY: { one: "category" },
  TAG: { one: "tag" },
  REGION: { one: "region" },
} as const;

export const TermInputSchema = z.object({
  taxonomy: TaxonomySchema,
  name: z
    .string({ error: "Give it a name." })
    .trim()
    .min(1, "Give it a name.")
    .max(120, "The name can be at most 120 characters."),
  slug: z.string().trim().max(200, "The slug can be at most 200 characters.").default(""),
  description: z
    .string()
    .trim()
    .max(2000, "The description can be at most 2000 characters.")
    .default(""),
  parentId: z
    .string()
    .trim()
    .max(64)
    .optional()
    .transform((value) => value || null),
});
export type TermInput = z.infer<typeof TermInputSchema>;

export const TermUpdateSchema = TermInputSchema.omit({ taxonomy: true });
export type TermUpdate = z.infer<typeof TermUpdateSchema>;

export const MergeTagsSchema = z
  .object({
    sourceId: z.string().trim().min(1, "Pick the tag to merge away.").max(64),
    targetId: z.string().trim().min(1, "Pick the tag to keep.").max(64),
  })
  .refine((value) => value.sourceId !== value.targetId, {
    message: "Pick two different tags.",
    path: ["targetId"],
  });
