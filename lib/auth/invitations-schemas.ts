import { z } from "zod";
import { emailField, newPasswordField } from "@/lib/auth/schemas";
import { Role } from "@/lib/generated/prisma/enums";
import { staffMessages } from "@/lib/i18n/messages/staff";

export const InviteSchema = z.object({
  email: emailField,
  name: z.string().trim().max(120, "Use at most 120 characters.").default(""),
  role: z.enum(Role, { error: "Choose a role." }),
});
export type InviteInput = z.output<typeof InviteSchema>;

export const RevokeInvitationSchema = z.object({ invitationId: z.string().min(1).max(64) });

/** A link's token and the password chosen twice: the invitation page and the reset page. */
export const ChoosePasswordSchema = z
  .object({
    token: z.string().min(1).max(512),
    password: newPasswordField,
    confirmPassword: z.string().max(1024),
  })
  .refine((value) => value.password === value.confirmPassword, {
    path: ["confirmPassword"],
    message: staffMessages().invitations.mismatch,
  });
export type ChoosePasswordInput = z.output<typeof ChoosePasswordSchema>;

export const ForgotPasswordSchema = z.object({ email: emailField });
