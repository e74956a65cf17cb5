"use server";

import { z } from "zod";
import { FieldError } from "@/lib/errors";
import { uploadMedia } from "@/lib/media/service";
import { revalidateMedia, revalidateSettings } from "@/lib/revalidate";
import { staffAction } from "@/lib/server-action";
import { LANGUAGE_CODES } from "@/lib/i18n/languages";
import { SecuritySettingsSchema } from "@/lib/auth/two-factor/policy";
import { staffMessages } from "@/lib/i18n/messages/staff";
import { MirrorSettingsFormSchema } from "@/lib/settings/mirrors";
import {
  CommentSettingsFormSchema,
  LanguageSettingsFormSchema,
  SiteSettingsFormSchema,
} from "@/lib/settings/schemas";
import {
  setSiteLogo,
  updateCommentSettings,
  updateLanguageSettings,
  updateMirrorSettings,
  updateSecuritySettings,
  updateSiteSettings,
} from "@/lib/settings/service";

export const updateSiteSettingsAction = staffAction({
  name: "updateSiteSettingsAction",
  permission: "setting:manage",
  schema: SiteSettingsFormSchema,
  async run(actor, input) {
    await updateSiteSettings(actor, input);
    revalidateSettings();
    return { message: "Site settings saved. The public site shows them now." };
  },
});

/** The languages form: ticked languages, the default, and the site texts per language. */
export const updateLanguageSettingsAction = staffAction({
  name: "updateLanguageSettingsAction",
  permission: "setting:manage",
  schema: LanguageSettingsFormSchema,
  input: (formData) => ({
    defaultLanguage: formData.get("defaultLanguage") ?? undefined,
    languages: formData.getAll("languages"),
    translations: Object.fromEntries(
      LANGUAGE_CODES.map((code) => [
        code,
        {
          title: formData.get(`${code}.title`) ?? "",
          tagline: formData.get(`${code}.tagline`) ?? "",
          description: formData.get(`${code}.description`) ?? "",
        },
      ]),
    ),
  }),
  async run(actor, input) {
    await updateLanguageSettings(actor, input);
    revalidateSettings();
    return { message: "Languages saved. The public site uses them now." };
  },
});

// An unticked checkbox sends nothing, and the form reads a missing value as unticked.
export const updateCommentSettingsAction = staffAction({
  name: "updateCommentSettingsAction",
  permission: "setting:manage",
  schema: CommentSettingsFormSchema,
  async run(actor, input) {
    await updateCommentSettings(actor, input);
    revalidateSettings();
    return { message: "Comment rules saved." };
  },
});

/** The mirrors form: the onion address, and the mirrors one per line. */
export const updateMirrorSettingsAction = staffAction({
  name: "updateMirrorSettingsAction",
  permission: "setting:manage",
  schema: MirrorSettingsFormSchema,
  async run(actor, input) {
    const saved = await updateMirrorSettings(actor, input);
    revalidateSettings();
    return {
      message:
        saved.onionAddress || saved.mirrors.length > 0
          ? "Mirrors and onion address saved: pages, feeds and emails show them now."
          : "Saved: no mirror or onion address is shown to readers.",
      // The form shows the addresses as stored: one per line, normalised, repeats dropped.
      values: { onionAddress: saved.onionAddress, mirrors: saved.mirrors.join("\n") },
    };
  },
});

/** The logo form: uploads an image into the media library and makes the icons from it, or removes it. */
export const updateLogoAction = staffAction({
  name: "updateLogoAction",
  permission: "setting:manage",
  schema: z.object({ remove: z.literal("1").optional(), logo: z.instanceof(File).optional() }),
  input: (formData) => ({
    remove: formData.get("remove") ?? undefined,
    logo: formData.get("logo") ?? undefined,
  }),
  async run(actor, { remove, logo }) {
    if (remove) {
      await setSiteLogo(actor, null);
      revalidateSettings();
      return { message: "The logo is removed: the icons show the site's initials again." };
    }
    if (!logo || logo.size === 0) {
      throw new FieldError("logo", "Choose an image file.");
    }
    const media = await uploadMedia(
      actor,
      { name: logo.name, bytes: Buffer.from(await logo.arrayBuffer()) },
      { altText: "Site logo", credit: "" },
    );
    await setSiteLogo(actor, media.id);
    revalidateMedia();
    revalidateSettings();
    return {
      message: "Logo saved: the favicon, home-screen icons and publisher logo use it now.",
    };
  },
});

/** Who must use two-step verification. */
export const updateSecuritySettingsAction = staffAction({
  name: "updateSecuritySettingsAction",
  permission: "setting:manage",
  schema: SecuritySettingsSchema,
  async run(actor, input) {
    await updateSecuritySettings(actor, input);
    return { message: staffMessages().twoFactor.policySaved };
  },
});
