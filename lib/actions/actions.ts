"use server";

import { BOX_FIELDS, MainActionFormSchema, TEXT_FIELDS } from "@/lib/actions/schemas";
import { updateMainAction } from "@/lib/actions/service";
import { LANGUAGE_CODES } from "@/lib/i18n/languages";
import { staffMessages } from "@/lib/i18n/messages/staff";
import { refreshStaffPage, revalidateSettings } from "@/lib/revalidate";
import { formFields, staffAction } from "@/lib/server-action";

/** The main-action form: one box's fields, and its words in other languages as `be.label` …. */
export const updateMainActionAction = staffAction({
  name: "updateMainActionAction",
  permission: "setting:manage",
  schema: MainActionFormSchema,
  input: (formData) => {
    const fields = formFields(formData);
    // Each kind has its own inputs ("donate.href", "donate.be.label"), so all can be on the page.
    const kind = fields.kind ?? "";
    const own = (name: string) => fields[`${kind}.${name}`] ?? "";
    return {
      kind,
      ...Object.fromEntries(BOX_FIELDS.map((name) => [name, own(name)])),
      translations: Object.fromEntries(
        LANGUAGE_CODES.map((lang) => [
          lang,
          Object.fromEntries(TEXT_FIELDS.map((name) => [name, own(`${lang}.${name}`)])),
        ]),
      ),
    };
  },
  async run(actor, main) {
    await updateMainAction(actor, main);
    // Every article, page and footer reads the main action with the settings.
    revalidateSettings();
    refreshStaffPage();
    const t = staffMessages().actions;
    return { message: main.box ? t.saved : t.cleared };
  },
});
