import nodemailer from "nodemailer";
import { inviteStaffAction, revokeInvitationAction } from "@/lib/auth/invitations-actions";
import { endUserSessionsAction } from "@/lib/auth/sessions-actions";
import { liftSignInThrottleAction } from "@/lib/auth/throttle-actions";
import { setMailTransport } from "@/lib/mail";
import {
  createTermAction,
  deleteTermAction,
  mergeTagsAction,
  updateTermAction,
} from "@/lib/taxonomy/actions";
import {
  changeUserRoleAction,
  resetSecondFactorAction,
  sendPasswordResetLinkAction,
  setUserActiveAction,
} from "@/lib/users/actions";
import { createTerm } from "@/tests/factories/articles";
import { createUser } from "@/tests/factories/users";
import {
  type Case,
  type CaseContext,
  okWith,
  redirectsTo,
} from "@/tests/factories/action-cases/types";

export function termUserCases(ctx: CaseContext): Case[] {
  return [
    {
      name: "createTermAction",
      action: createTermAction,
      denied: "AUTHOR",
      allowed: "EDITOR",
      invalid: () => ({
        fields: { taxonomy: "TAG", name: "", description: "kept" },
        field: "name",
        kept: ["description", "kept"],
      }),
      valid: () => ({
        fields: { taxonomy: "TAG", name: `Action tag ${Date.now()}` },
        expect: okWith(/was added\.$/),
      }),
    },
    {
      name: "updateTermAction",
      action: updateTermAction,
      denied: "AUTHOR",
      allowed: "EDITOR",
      invalid: () => ({
        fields: { id: "t", name: "", description: "kept" },
        field: "name",
        kept: ["description", "kept"],
      }),
      valid: async () => {
        const term = await createTerm(ctx.database.db, "TAG");
        return { fields: { id: term.id, name: "Renamed tag" }, expect: okWith(/^Saved\.$/) };
      },
    },
    {
      name: "deleteTermAction",
      action: deleteTermAction,
      denied: "AUTHOR",
      allowed: "EDITOR",
      invalid: () => ({
        fields: { id: "", note: "kept" },
        field: "id",
        kept: ["note", "kept"],
      }),
      valid: async () => {
        const term = await createTerm(ctx.database.db, "REGION");
        return { fields: { id: term.id }, expect: redirectsTo(/^\/admin\/terms\?deleted=1$/) };
      },
    },
    {
      name: "mergeTagsAction",
      action: mergeTagsAction,
      denied: "AUTHOR",
      allowed: "EDITOR",
      invalid: () => ({
        fields: { sourceId: "same", targetId: "same" },
        field: "targetId",
        kept: ["sourceId", "same"],
      }),
      valid: async () => {
        const [source, target] = [
          await createTerm(ctx.database.db, "TAG"),
          await createTerm(ctx.database.db, "TAG"),
        ];
        return { fields: { sourceId: source.id, targetId: target.id }, expect: okWith(/^Merged/) };
      },
    },
    {
      name: "inviteStaffAction",
      action: inviteStaffAction,
      denied: "EDITOR",
      allowed: "ADMIN",
      invalid: () => ({
        fields: { email: "not-an-email", name: "Kept Name", role: "AUTHOR" },
        field: "email",
        kept: ["name", "Kept Name"],
      }),
      valid: () => {
        // The invitation is mailed; nodemailer's JSON transport stands in for the SMTP server.
        setMailTransport(nodemailer.createTransport({ jsonTransport: true }));
        return {
          fields: { email: `new-${Date.now()}@example.org`, name: "New", role: "AUTHOR" },
          expect: okWith(/^Invitation sent to /),
        };
      },
    },
    {
      name: "revokeInvitationAction",
      action: revokeInvitationAction,
      denied: "EDITOR",
      allowed: "ADMIN",
      invalid: () => ({
        fields: { invitationId: "", note: "kept" },
        field: "invitationId",
        kept: ["note", "kept"],
      }),
      valid: async () => {
        const invitation = await ctx.database.db.invitation.create({
          data: {
            tokenHash: `revoke-case-${Date.now()}`,
            email: `revoke-${Date.now()}@example.org`,
            role: "AUTHOR",
            expiresAt: new Date(Date.now() + 60_000),
          },
        });
        return {
          fields: { invitationId: invitation.id },
          expect: okWith(/^The invitation for .* is revoked/),
        };
      },
    },
    {
      name: "changeUserRoleAction",
      action: changeUserRoleAction,
      denied: "EDITOR",
      allowed: "ADMIN",
      invalid: () => ({
        fields: { userId: "u", role: "EMPEROR" },
        field: "role",
        kept: ["userId", "u"],
      }),
      valid: async () => {
        const user = await createUser(ctx.database.db, { role: "AUTHOR" });
        return { fields: { userId: user.id, role: "EDITOR" }, expect: okWith(/^Role saved\.$/) };
      },
    },
    {
      name: "setUserActiveAction",
      action: setUserActiveAction,
      denied: "EDITOR",
      allowed: "ADMIN",
      invalid: () => ({
        fields: { userId: "u", isActive: "maybe" },
        field: "isActive",
        kept: ["userId", "u"],
      }),
      valid: async () => {
        const user = await createUser(ctx.database.db, { role: "AUTHOR" });
        return { fields: { userId: user.id, isActive: "false" }, expect: okWith(/deactivated/) };
      },
    },
    {
      name: "sendPasswordResetLinkAction",
      action: sendPasswordResetLinkAction,
      denied: "EDITOR",
      allowed: "ADMIN",
      invalid: () => ({
        fields: { userId: "", note: "kept" },
        field: "userId",
        kept: ["note", "kept"],
      }),
      valid: async () => {
        setMailTransport(nodemailer.createTransport({ jsonTransport: true }));
        const user = await createUser(ctx.database.db, { role: "AUTHOR" });
        return {
          fields: { userId: user.id },
          expect: okWith(/^A password reset link was sent to /),
        };
      },
    },
    {
      name: "resetSecondFactorAction",
      action: resetSecondFactorAction,
      denied: "EDITOR",
      allowed: "ADMIN",
      invalid: () => ({
        fields: { userId: "", note: "kept" },
        field: "userId",
        kept: ["note", "kept"],
      }),
      valid: async () => {
        setMailTransport(nodemailer.createTransport({ jsonTransport: true }));
        const user = await createUser(ctx.database.db, { role: "AUTHOR" });
        await ctx.database.db.recoveryCode.create({
          data: { userId: user.id, codeHash: "action-case" },
        });
        return {
          fields: { userId: user.id },
          expect: okWith(/^Two-step verification is reset for /),
        };
      },
    },
    {
      name: "endUserSessionsAction",
      action: endUserSessionsAction,
      denied: "EDITOR",
      allowed: "ADMIN",
      invalid: () => ({
        fields: { userId: "", end: "others" },
        field: "userId",
        kept: ["end", "others"],
      }),
      valid: async () => {
        const user = await createUser(ctx.database.db, { role: "AUTHOR" });
        const session = await ctx.database.db.staffSession.create({ data: { userId: user.id } });
        return {
          fields: { userId: user.id, end: "one", sessionId: session.id },
          expect: okWith(/^That session is signed out/),
        };
      },
    },
    {
      name: "liftSignInThrottleAction",
      action: liftSignInThrottleAction,
      denied: "EDITOR",
      allowed: "ADMIN",
      invalid: () => ({
        fields: { email: "", note: "kept" },
        field: "email",
        kept: ["note", "kept"],
      }),
      valid: () => ({
        fields: { email: "someone@example.org" },
        expect: okWith(/can sign in again/),
      }),
    },
  ];
}
