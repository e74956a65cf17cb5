import { z } from "zod";
import { checkbox } from "@/lib/form-fields";
import type { SignRefusal } from "@/lib/i18n/messages/petitions";

const optionalPlace = z
  .string()
  .trim()
  .max(80, "placeTooLong" satisfies SignRefusal)
  .optional()
  .transform((value) => value || null);

/**
 * What the public sign form sends. Its messages are refusal keys (SignRefusal), so the signer
 * reads them in the form's language.
 */
export const SignFormSchema = z.object({
  petitionId: z.string().trim().min(1, "closed").max(64, "closed"),
  name: z.string({ error: "nameRequired" }).trim().min(1, "nameRequired").max(100, "nameTooLong"),
  email: z
    .string({ error: "emailRequired" })
    .trim()
    .min(1, "emailRequired")
    .max(254, "emailTooLong")
    .pipe(z.email("emailInvalid"))
    .transform((value) => value.toLowerCase()),
  country: optionalPlace,
  city: optionalPlace,
  comment: z
    .string()
    .trim()
    .max(500, "commentTooLong")
    .optional()
    .transform((value) => value || null)
    .refine((value) => value === null || !/(?:https?:\/\/|www\.|<a\b)/i.test(value), {
      message: "commentLinks",
    }),
  showName: checkbox,
  mayEmail: checkbox,
  token: z.string().max(2_000).optional().default(""),
  /** The honeypot: hidden from people, so anything in it was typed by a program. */
  website: z.string().max(2_000).optional().default(""),
});
export type SignFormInput = z.input<typeof SignFormSchema>;

/** What the form shows again after a refusal (never the token or the honeypot). */
export type SignFormValues = {
  name: string;
  email: string;
  country: string;
  city: string;
  comment: string;
  showName: boolean;
  mayEmail: boolean;
};
