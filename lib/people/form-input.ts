import { LANGUAGE_CODES } from "@/lib/i18n/languages";
import { formFields } from "@/lib/server-action";

/** `prefix.en`, `prefix.be` … of a form as {en, be …}, for the languages the form has. */
function textsByLanguage(formData: FormData, prefix: string) {
  return Object.fromEntries(
    LANGUAGE_CODES.filter((code) => formData.has(`${prefix}.${code}`)).map((code) => [
      code,
      formData.get(`${prefix}.${code}`),
    ]),
  );
}

const EVENT_FIELDS = ["place", "note", "sentence"] as const;

/** What the person form sends, for PersonFormSchema. */
export function personFormInput(formData: FormData) {
  return {
    ...formFields(formData),
    names: textsByLanguage(formData, "names"),
    bios: textsByLanguage(formData, "bios"),
    regionIds: formData.getAll("regionIds"),
    articleIds: formData.getAll("articleIds"),
  };
}

/** What the event form sends: `texts.en.place`, `texts.en.note` … grouped by language. */
export function eventFormInput(formData: FormData) {
  return {
    ...formFields(formData),
    texts: Object.fromEntries(
      LANGUAGE_CODES.filter((code) =>
        EVENT_FIELDS.some((field) => formData.has(`texts.${code}.${field}`)),
      ).map((code) => [
        code,
        Object.fromEntries(
          EVENT_FIELDS.map((field) => [field, formData.get(`texts.${code}.${field}`) ?? undefined]),
        ),
      ]),
    ),
  };
}

/** What a form with one text per language sends (status names, letter guidance). */
export function namesFormInput(formData: FormData, prefix: string) {
  return { ...formFields(formData), [prefix]: textsByLanguage(formData, prefix) };
}
