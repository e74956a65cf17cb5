import { z } from "zod";

/** The petitions' site-wide settings (Setting row "petitions"). */
export const PETITION_SETTINGS_KEY = "petitions";

export const PetitionSettingsSchema = z.object({
  /** Signers' personal data is deleted this many days after a petition closes or is delivered. */
  retentionDays: z.coerce
    .number({ error: "Enter a number of days." })
    .int("Enter a whole number of days.")
    .min(0, "Enter 0 or more days.")
    .max(365, "At most 365 days: signer lists are evidence against the signers."),
});
export type PetitionSettings = z.infer<typeof PetitionSettingsSchema>;

const defaultPetitionSettings: PetitionSettings = { retentionDays: 30 };

export function readPetitionSettings(stored: unknown): PetitionSettings {
  const parsed = PetitionSettingsSchema.safeParse(stored);
  return parsed.success ? parsed.data : defaultPetitionSettings;
}

/** An unconfirmed signature is deleted after this long (the email says "within a week"). */
export const PENDING_MAX_AGE_MS = 7 * 24 * 60 * 60 * 1000;
