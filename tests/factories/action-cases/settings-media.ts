import { deleteMediaAction, updateMediaAction } from "@/lib/media/actions";
import {
  updateCommentSettingsAction,
  updateLogoAction,
  updateSiteSettingsAction,
} from "@/lib/settings/actions";
import { makeImage } from "@/tests/factories/media";
import { type Case, type CaseContext, okWith } from "@/tests/factories/action-cases/types";

export function settingsMediaCases(ctx: CaseContext): Case[] {
  return [
    {
      name: "updateMediaAction",
      action: updateMediaAction,
      denied: "MODERATOR",
      allowed: "EDITOR",
      invalid: () => ({
        fields: { id: "m", altText: "x".repeat(501), credit: "kept" },
        field: "altText",
        kept: ["credit", "kept"],
      }),
      valid: async () => {
        const media = await ctx.database.db.media.create({
          data: {
            storageKey: `uploads/t/${Date.now()}/original.png`,
            originalName: "a.png",
            mimeType: "image/png",
            byteSize: 1,
          },
        });
        return {
          fields: { id: media.id, altText: "A vigil", credit: "" },
          expect: okWith(/^Saved\.$/),
        };
      },
    },
    {
      name: "deleteMediaAction",
      action: deleteMediaAction,
      denied: "AUTHOR",
      allowed: "EDITOR",
      invalid: () => ({
        fields: { id: "", note: "kept" },
        field: "id",
        kept: ["note", "kept"],
      }),
      valid: async () => {
        const media = await ctx.database.db.media.create({
          data: {
            storageKey: `uploads/d/${Date.now()}/original.png`,
            originalName: "b.png",
            mimeType: "image/png",
            byteSize: 1,
          },
        });
        return { fields: { id: media.id }, expect: okWith(/^Deleted\.$/) };
      },
    },
    {
      name: "updateSiteSettingsAction",
      action: updateSiteSettingsAction,
      denied: "EDITOR",
      allowed: "ADMIN",
      invalid: () => ({
        fields: {
          title: "",
          tagline: "Kept tagline",
          timeZone: "Europe/Minsk",
          language: "en",
          accentColor: "#a4161a",
        },
        field: "title",
        kept: ["tagline", "Kept tagline"],
      }),
      valid: () => ({
        fields: {
          title: "Free Ales",
          tagline: "",
          description: "",
          timeZone: "Europe/Minsk",
          language: "en",
          accentColor: "#a4161a",
        },
        expect: okWith(/^Site settings saved/),
      }),
    },
    {
      name: "updateCommentSettingsAction",
      action: updateCommentSettingsAction,
      denied: "MODERATOR",
      allowed: "ADMIN",
      invalid: () => ({
        fields: {
          closeAfterDays: "-1",
          maxDepth: "5",
          perPage: "50",
          maxLength: "5000",
          ipRetentionDays: "30",
          holdWords: "kept",
        },
        field: "closeAfterDays",
        kept: ["holdWords", "kept"],
      }),
      valid: () => ({
        fields: {
          closeAfterDays: "0",
          maxDepth: "5",
          perPage: "50",
          maxLength: "5000",
          ipRetentionDays: "30",
          requireApproval: "on",
          humanCheck: "on",
        },
        expect: okWith(/^Comment rules saved\.$/),
      }),
    },
    {
      name: "updateLogoAction",
      action: updateLogoAction,
      denied: "EDITOR",
      allowed: "ADMIN",
      invalid: () => ({
        fields: { remove: "yes", note: "kept" },
        field: "remove",
        kept: ["note", "kept"],
      }),
      valid: async () => ({
        fields: {
          logo: new File([new Uint8Array(await makeImage("png", 64, 64))], "logo.png", {
            type: "image/png",
          }),
        },
        expect: okWith(/^Logo saved/),
      }),
    },
  ];
}
