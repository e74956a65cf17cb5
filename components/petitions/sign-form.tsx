"use client";

import { useActionState, useId } from "react";
import type { SignerDisplay } from "@/lib/generated/prisma/enums";
import type { Lang } from "@/lib/i18n/languages";
import { petitionMessages } from "@/lib/i18n/messages/petitions";
import { type SignState, signPetitionAction } from "@/lib/petitions/actions";
import { FieldError, publicInputClass as inputClass } from "@/components/site/form-parts";

type Props = { petitionId: string; lang: Lang; token: string; display: SignerDisplay };

/**
 * The sign form: a server action form, so it works without JavaScript (a refusal comes back
 * with everything typed; a signature moves on to "check your email").
 */
export function SignForm({ petitionId, lang, token: initialToken, display }: Props) {
  const t = petitionMessages[lang];
  const [state, action, isPending] = useActionState<SignState, FormData>(signPetitionAction, {
    status: "idle",
  });
  const id = useId();
  const errors = state.status === "error" ? state.fieldErrors : {};
  const values = state.status === "error" ? state.values : undefined;
  const token = state.status === "error" ? state.token : initialToken;
  const errorId = (name: string) => `${id}-${name}-error`;
  const describedBy = (name: string, ...more: string[]) =>
    [...more, errors[name]?.length ? errorId(name) : ""].filter(Boolean).join(" ") || undefined;
  const field = (
    name: "name" | "email" | "country" | "city",
    type = "text",
    autoComplete = "off",
  ) => (
    <div>
      <label htmlFor={`${id}-${name}`} className="font-semibold">
        {t[name]}
      </label>
      {name === "email" && (
        <p id={`${id}-email-hint`} className="text-muted text-sm">
          {t.emailHint}
        </p>
      )}
      <input
        id={`${id}-${name}`}
        name={name}
        type={type}
        required={name === "name" || name === "email"}
        maxLength={name === "email" ? 254 : name === "name" ? 100 : 80}
        autoComplete={autoComplete}
        defaultValue={values?.[name] ?? ""}
        aria-invalid={!!errors[name]}
        aria-describedby={describedBy(name, name === "email" ? `${id}-email-hint` : "")}
        className={inputClass}
      />
      <FieldError id={errorId(name)} errors={errors[name]} />
    </div>
  );

  return (
    <form action={action} className="space-y-4" id="sign-form" noValidate data-sign-form>
      {state.status === "error" && (
        <p
          role="alert"
          className="border-accent text-accent rounded border-2 bg-white p-3 font-semibold"
        >
          {state.formError}
        </p>
      )}
      <input type="hidden" name="petitionId" value={petitionId} />
      <input type="hidden" name="lang" value={lang} />
      <input type="hidden" name="token" value={token} />
      {field("name", "text", "name")}
      {field("email", "email", "email")}
      <div className="grid gap-4 sm:grid-cols-2">
        {field("country", "text", "country-name")}
        {field("city", "text", "address-level2")}
      </div>
      <div aria-hidden="true" style={{ position: "absolute", left: "-10000px", top: "auto" }}>
        <label htmlFor={`${id}-website`}>{t.honeypot}</label>
        <input
          id={`${id}-website`}
          name="website"
          tabIndex={-1}
          autoComplete="off"
          defaultValue=""
        />
      </div>
      {display !== "COUNT_ONLY" && (
        <div>
          <label htmlFor={`${id}-comment`} className="font-semibold">
            {t.comment}
          </label>
          <p id={`${id}-comment-hint`} className="text-muted text-sm">
            {t.commentHint}
          </p>
          <textarea
            id={`${id}-comment`}
            name="comment"
            rows={3}
            maxLength={500}
            defaultValue={values?.comment ?? ""}
            aria-invalid={!!errors.comment}
            aria-describedby={describedBy("comment", `${id}-comment-hint`)}
            className={inputClass}
          />
          <FieldError id={errorId("comment")} errors={errors.comment} />
        </div>
      )}
      {display !== "COUNT_ONLY" && (
        <fieldset className="space-y-2">
          <legend className="sr-only">{t.consentLegend}</legend>
          <label className="flex items-start gap-2">
            <input
              type="checkbox"
              name="showName"
              defaultChecked={values?.showName ?? false}
              className="mt-1 h-5 w-5 shrink-0"
            />
            <span>{t.consentShow[display]}</span>
          </label>
          <label className="flex items-start gap-2">
            <input
              type="checkbox"
              name="mayEmail"
              defaultChecked={values?.mayEmail ?? false}
              className="mt-1 h-5 w-5 shrink-0"
            />
            <span>{t.consentEmail}</span>
          </label>
        </fieldset>
      )}
      <button
        type="submit"
        disabled={isPending}
        className="bg-accent hover:bg-accent-dark rounded px-6 py-3 text-lg font-bold text-white disabled:opacity-60"
      >
        {t.submit}
      </button>
    </form>
  );
}
