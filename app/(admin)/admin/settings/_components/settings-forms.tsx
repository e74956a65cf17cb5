"use client";

import { useActionState } from "react";
import { SubmitButton } from "@/components/admin/button";
import { CheckboxField, Field, TextareaField } from "@/components/admin/field";
import { FormMessage } from "@/components/admin/form-message";
import { initialFormState } from "@/lib/form-state";
import { staffMessages } from "@/lib/i18n/messages/staff";
import {
  updateCommentSettingsAction,
  updateLogoAction,
  updateSiteSettingsAction,
} from "@/lib/settings/actions";
import type { CommentSettings, SiteSettings } from "@/lib/settings/schemas";

const sectionClass = "border-line space-y-4 rounded border bg-white p-4 md:p-6";

export function SiteSettingsForm({
  settings,
  timeZones,
}: {
  settings: SiteSettings;
  timeZones: string[];
}) {
  const [state, formAction] = useActionState(updateSiteSettingsAction, initialFormState);
  const values = state.values ?? settings;
  const errors = state.ok ? {} : (state.fieldErrors ?? {});
  const t = staffMessages();
  const s = t.settings.site;
  return (
    <form action={formAction} className={sectionClass} noValidate aria-labelledby="site-heading">
      <h2 id="site-heading" className="text-lg font-semibold">
        {s.heading}
      </h2>
      <p className="text-muted text-sm">{s.note}</p>
      <FormMessage result={state} />
      <Field label={s.siteTitle} name="title" defaultValue={values.title} errors={errors.title} />
      <Field
        label={s.tagline}
        name="tagline"
        defaultValue={values.tagline}
        errors={errors.tagline}
      />
      <TextareaField
        label={t.common.description}
        name="description"
        defaultValue={values.description}
        errors={errors.description}
        hint={s.descriptionHint}
      />
      <Field
        label={s.timeZone}
        name="timeZone"
        defaultValue={values.timeZone}
        errors={errors.timeZone}
        hint={s.timeZoneHint}
        list="time-zones"
      />
      <datalist id="time-zones">
        {timeZones.map((zone) => (
          <option key={zone} value={zone} />
        ))}
      </datalist>
      <Field
        label={s.iconColour}
        name="accentColor"
        type="color"
        defaultValue={values.accentColor}
        errors={errors.accentColor}
        hint={s.iconColourHint}
        className="max-w-xs"
      />
      <SubmitButton pendingLabel={t.common.saving}>{s.save}</SubmitButton>
    </form>
  );
}

/** Replaces the generated icons (initials on the icon colour) by an uploaded logo, or goes back. */
export function LogoForm({ iconSrc, hasLogo }: { iconSrc: string; hasLogo: boolean }) {
  const [state, formAction] = useActionState(updateLogoAction, initialFormState);
  const errors = state.ok ? {} : (state.fieldErrors ?? {});
  const { common, settings } = staffMessages();
  const t = settings.logo;
  return (
    <form action={formAction} className={sectionClass} noValidate aria-labelledby="logo-heading">
      <h2 id="logo-heading" className="text-lg font-semibold">
        {t.heading}
      </h2>
      <FormMessage result={state} />
      <div className="flex flex-wrap items-center gap-4">
        {/* eslint-disable-next-line @next/next/no-img-element -- the site's own generated icon */}
        <img src={iconSrc} width={96} height={96} alt={t.iconAlt} className="rounded" />
        <p className="text-muted max-w-md text-sm">{hasLogo ? t.fromLogo : t.noLogo}</p>
      </div>
      <Field
        label={t.upload}
        name="logo"
        type="file"
        accept="image/png,image/jpeg,image/webp,image/gif"
        errors={errors.logo}
        hint={t.uploadHint}
      />
      <div className="flex flex-wrap gap-3">
        <SubmitButton pendingLabel={common.uploading}>{t.save}</SubmitButton>
        {hasLogo ? (
          <button
            type="submit"
            name="remove"
            value="1"
            className="border-line rounded border bg-white px-4 py-2 font-semibold"
          >
            {t.remove}
          </button>
        ) : null}
      </div>
    </form>
  );
}

function asText(value: string | string[] | number | boolean | undefined): string {
  if (Array.isArray(value)) return value.join("\n");
  return value === undefined ? "" : String(value);
}

export function CommentSettingsForm({ settings }: { settings: CommentSettings }) {
  const [state, formAction] = useActionState(updateCommentSettingsAction, initialFormState);
  const errors = state.ok ? {} : (state.fieldErrors ?? {});
  const text = (key: keyof CommentSettings) => state.values?.[key] ?? asText(settings[key]);
  const checked = (key: keyof CommentSettings) =>
    state.values ? state.values[key] === "on" : Boolean(settings[key]);
  // Remount after each answer so unticked boxes and edited fields show what was sent.
  const key = JSON.stringify(state.values ?? null);
  const t = staffMessages();
  const c = t.settings.comments;
  return (
    <form
      action={formAction}
      className={sectionClass}
      noValidate
      aria-labelledby="comments-heading"
      key={key}
    >
      <h2 id="comments-heading" className="text-lg font-semibold">
        {c.heading}
      </h2>
      <FormMessage result={state} />
      <fieldset className="space-y-3">
        <legend className="sr-only">{c.approval}</legend>
        <CheckboxField
          label={c.requireApproval}
          name="requireApproval"
          defaultChecked={checked("requireApproval")}
        />
        <CheckboxField
          label={c.autoApproveKnown}
          name="autoApproveKnown"
          defaultChecked={checked("autoApproveKnown")}
        />
        <CheckboxField
          label={c.staffAutoApprove}
          name="staffAutoApprove"
          defaultChecked={checked("staffAutoApprove")}
        />
        <CheckboxField
          label={c.humanCheck}
          name="humanCheck"
          defaultChecked={checked("humanCheck")}
        />
      </fieldset>
      <div className="grid gap-4 sm:grid-cols-2">
        <Field
          label={c.closeAfterDays}
          name="closeAfterDays"
          type="number"
          inputMode="numeric"
          min={0}
          defaultValue={text("closeAfterDays")}
          errors={errors.closeAfterDays}
          hint={c.closeHint}
        />
        <Field
          label={c.maxDepth}
          name="maxDepth"
          type="number"
          min={1}
          max={10}
          defaultValue={text("maxDepth")}
          errors={errors.maxDepth}
        />
        <Field
          label={c.perPage}
          name="perPage"
          type="number"
          min={5}
          max={500}
          defaultValue={text("perPage")}
          errors={errors.perPage}
        />
        <Field
          label={c.maxLength}
          name="maxLength"
          type="number"
          min={100}
          max={20000}
          defaultValue={text("maxLength")}
          errors={errors.maxLength}
        />
        <Field
          label={c.ipRetentionDays}
          name="ipRetentionDays"
          type="number"
          min={1}
          max={365}
          defaultValue={text("ipRetentionDays")}
          errors={errors.ipRetentionDays}
        />
      </div>
      <TextareaField
        label={c.holdWords}
        name="holdWords"
        defaultValue={text("holdWords")}
        errors={errors.holdWords}
        hint={c.wordsHint}
      />
      <TextareaField
        label={c.spamWords}
        name="spamWords"
        defaultValue={text("spamWords")}
        errors={errors.spamWords}
        hint={c.wordsHint}
      />
      <SubmitButton pendingLabel={t.common.saving}>{c.save}</SubmitButton>
    </form>
  );
}
