import { z } from "zod";
import { emailField, newPasswordField } from "@/lib/auth/schemas";
import { Role } from "@/lib/generated/prisma/enums";

export const ROLES = Object.values(Role);

const roleField = z.enum(Role, { error: "Choose a role." });

/** An empty password field means "generate one and show it once". */
export const CreateUserSchema = z.object({
  email: emailField,
  name: z.string().trim().max(120, "Use at most 120 characters.").default(""),
  role: roleField,
  password: z
    .string()
    .optional()
    .transform((value) => (value ? value : undefined))
    .pipe(newPasswordField.optional()),
});

export const ChangeRoleSchema = z.object({ userId: z.string().min(1), role: roleField });

export const SetActiveSchema = z.object({
  userId: z.string().min(1),
  isActive: z.enum(["true", "false"]).transform((value) => value === "true"),
});

/** A form that names one account and nothing else. */
export const UserIdSchema = z.object({ userId: z.string().min(1).max(64) });
