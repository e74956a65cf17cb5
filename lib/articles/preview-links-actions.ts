"use server";

import { createPreviewLink, revokePreviewLink } from "@/lib/articles/preview-links";
import {
  CreatePreviewLinkSchema,
  RevokePreviewLinkSchema,
  previewLinkPath,
} from "@/lib/articles/preview-links-schemas";
import { articleLang } from "@/lib/articles/view";
import { staffMessages } from "@/lib/i18n/messages/staff";
import { refreshStaffPage } from "@/lib/revalidate";
import { staffAction } from "@/lib/server-action";
import { getSiteSettings } from "@/lib/settings/queries";
import { absoluteUrl } from "@/lib/urls";

/** "Share preview": a new expiring link, returned once so staff can copy it. */
export const createPreviewLinkAction = staffAction<
  typeof CreatePreviewLinkSchema,
  { url: string; expiresAt: string }
>({
  name: "createPreviewLinkAction",
  permission: "article:create",
  schema: CreatePreviewLinkSchema,
  async run(actor, input) {
    const [created, settings] = await Promise.all([
      createPreviewLink(actor, input),
      getSiteSettings(),
    ]);
    const path = previewLinkPath(created.token, {
      lang: articleLang(created.language),
      defaultLang: settings.defaultLanguage,
    });
    refreshStaffPage();
    return {
      data: { url: absoluteUrl(path), expiresAt: created.expiresAt.toISOString() },
      message: staffMessages().previewLinks.created,
      // The form starts empty again; the label belongs to the link just made.
      values: { expiresIn: input.expiresIn, label: "" },
    };
  },
});

/** Revoke: the link answers "not found" from now on. */
export const revokePreviewLinkAction = staffAction({
  name: "revokePreviewLinkAction",
  permission: "article:create",
  schema: RevokePreviewLinkSchema,
  async run(actor, input) {
    await revokePreviewLink(actor, input);
    refreshStaffPage();
    return { message: staffMessages().previewLinks.revoked, values: {} };
  },
});
