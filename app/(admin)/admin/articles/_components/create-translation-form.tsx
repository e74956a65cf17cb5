"use client";

import { useActionState } from "react";
import { SubmitButton } from "@/components/admin/button";
import { FormMessage } from "@/components/admin/form-message";
import { createTranslationAction } from "@/lib/articles/actions";
import { initialFormState } from "@/lib/form-state";
import { staffMessages } from "@/lib/i18n/messages/staff";

/** One button per language the article has no version in yet. */
export function CreateTranslationForm({
  articleId,
  languages,
}: {
  articleId: string;
  languages: { code: string; name: string }[];
}) {
  const [state, formAction] = useActionState(createTranslationAction, initialFormState);
  const t = staffMessages().translations;
  return (
    <form action={formAction} className="space-y-2">
      <FormMessage result={state} />
      <input type="hidden" name="articleId" value={articleId} />
      <p className="text-sm">{t.start}</p>
      <div className="flex flex-wrap gap-2">
        {languages.map((language) => (
          <SubmitButton
            key={language.code}
            name="language"
            value={language.code}
            variant="secondary"
          >
            {t.translateInto(language.name)}
          </SubmitButton>
        ))}
      </div>
    </form>
  );
}
