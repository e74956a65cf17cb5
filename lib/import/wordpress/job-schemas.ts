import { z } from "zod";
import { staffMessages } from "@/lib/i18n/messages/staff";

/** The largest export the upload form takes (a site of ~50,000 posts exports to ~500 MB). */
export const IMPORT_MAX_BYTES = 1024 ** 3;

/** The upload form's choices: the dry-run checkbox ("on" when ticked) and whose items they are. */
export const ImportUploadFieldsSchema = z.object({
  dryRun: z
    .string()
    .optional()
    .transform((value) => value === "on" || value === "true"),
  authors: z.enum(["mine", "wordpress"], {
    error: () => staffMessages().imports.upload.chooseAuthors,
  }),
});

export type ImportUploadFields = z.output<typeof ImportUploadFieldsSchema>;

/** What a job stores as its options, read back before it runs. */
export const ImportJobOptionsSchema = z.object({
  dryRun: z.boolean().default(false),
  authorId: z.string().min(1).optional(),
});

export type ImportJobOptions = z.output<typeof ImportJobOptionsSchema>;

export const ImportJobIdSchema = z.object({ id: z.string().min(1).max(64) });
