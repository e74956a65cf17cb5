"use server";

import { type FormState, withValues } from "@/lib/form-state";
import { fromError, fromZodError, ok } from "@/lib/action-result";
import { requirePermission } from "@/lib/auth";
import { uploadMedia } from "@/lib/media/service";
import { revalidateMedia, revalidateSettings } from "@/lib/revalidate";
import { CommentSettingsFormSchema, SiteSettingsFormSchema } from "@/lib/settings/schemas";
import { setSiteLogo, updateCommentSettings, updateSiteSettings } from "@/lib/settings/service";

export async function updateSiteSettingsAction(
  _prev: FormState,
  formData: FormData,
): Promise<FormState> {
  try {
    const actor = await requirePermission("setting:manage");
    const parsed = SiteSettingsFormSchema.safeParse(Object.fromEntries(formData));
    if (!parsed.success) return withValues(fromZodError(parsed.error), formData);
    await updateSiteSettings(actor, parsed.data);
    revalidateSettings();
    return withValues(
      ok(undefined, "Site settings saved. The public site shows them now."),
      formData,
    );
  } catch (error) {
    return withValues(fromError(error, "updateSiteSettingsAction"), formData);
  }
}

export async function updateCommentSettingsAction(
  _prev: FormState,
  formData: FormData,
): Promise<FormState> {
  try {
    const actor = await requirePermission("setting:manage");
    const parsed = CommentSettingsFormSchema.safeParse(Object.fromEntries(formData));
    if (!parsed.success) return withCheckboxes(fromZodError(parsed.error), formData);
    await updateCommentSettings(actor, parsed.data);
    revalidateSettings();
    return withCheckboxes(ok(undefined, "Comment rules saved."), formData);
  } catch (error) {
    return withCheckboxes(fromError(error, "updateCommentSettingsAction"), formData);
  }
}

/** The logo form: uploads an image into the media library and makes the icons from it, or removes it. */
export async function updateLogoAction(_prev: FormState, formData: FormData): Promise<FormState> {
  try {
    const actor = await requirePermission("setting:manage");
    if (formData.get("remove") === "1") {
      await setSiteLogo(actor, null);
      revalidateSettings();
      return ok(undefined, "The logo is removed: the icons show the site's initials again.");
    }
    const file = formData.get("logo");
    if (!(file instanceof File) || file.size === 0) {
      return { ok: false, fieldErrors: { logo: ["Choose an image file."] } };
    }
    const media = await uploadMedia(
      actor,
      { name: file.name, bytes: Buffer.from(await file.arrayBuffer()) },
      { altText: "Site logo", credit: "" },
    );
    await setSiteLogo(actor, media.id);
    revalidateMedia();
    revalidateSettings();
    return ok(
      undefined,
      "Logo saved: the favicon, home-screen icons and publisher logo use it now.",
    );
  } catch (error) {
    return fromError(error, "updateLogoAction");
  }
}

// An unticked checkbox sends nothing; record it as "off" so the form shows it unticked again.
function withCheckboxes(result: FormState, formData: FormData): FormState {
  const state = withValues(result, formData);
  for (const key of ["requireApproval", "autoApproveKnown", "staffAutoApprove", "humanCheck"]) {
    state.values![key] ??= "off";
  }
  return state;
}
