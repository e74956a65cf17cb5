import { z } from "zod";

/**
 * A checkbox as a form sends it: ticked is "on" (or true, "true", "1" from scripts and tests),
 * unticked sends nothing at all. Every form's schema reads its boxes with this one field.
 */
export const checkbox = z
  .union([z.boolean(), z.string()])
  .optional()
  .transform((value) => value === true || value === "on" || value === "true" || value === "1");
