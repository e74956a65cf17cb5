import { z } from "zod";

export const MediaDetailsSchema = z.object({
  altText: z.string().trim().max(500, "The alt text can be at most 500 characters.").default(""),
  credit: z.string().trim().max(300, "The credit can be at most 300 characters.").default(""),
});
export type MediaDetails = z.infer<typeof MediaDetailsSchema>;

export type MediaVariant = { width: number; height: number; storageKey: string; byteSize: number };

const VariantSchema = z.object({
  width: z.number(),
  height: z.number(),
  storageKey: z.string(),
  byteSize: z.number(),
});

/** Media.variants as stored (unknown JSON) -> typed renditions, ignoring anything malformed. */
export function parseVariants(value: unknown): MediaVariant[] {
  if (!Array.isArray(value)) return [];
  return value.flatMap((item) => {
    const parsed = VariantSchema.safeParse(item);
    return parsed.success ? [parsed.data] : [];
  });
}
