"use client";

import { useActionState } from "react";
import { SubmitButton } from "@/components/admin/button";
import { CheckboxField, Field, TextareaField } from "@/components/admin/field";
import { FormMessage } from "@/components/admin/form-message";
import { initialFormState } from "@/lib/form-state";
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
  return (
    <form action={formAction} className={sectionClass} noValidate aria-labelledby="site-heading">
      <h2 id="site-heading" className="text-lg font-semibold">
        Site
      </h2>
      <p className="text-muted text-sm">
        Title, tagline and description are in the default language; the Languages section below
        holds them in the others.
      </p>
      <FormMessage result={state} />
      <Field label="Site title" name="title" defaultValue={values.title} errors={errors.title} />
      <Field label="Tagline" name="tagline" defaultValue={values.tagline} errors={errors.tagline} />
      <TextareaField
        label="Description"
        name="description"
        defaultValue={values.description}
        errors={errors.description}
        hint="Shown to search engines and in link previews."
      />
      <Field
        label="Time zone"
        name="timeZone"
        defaultValue={values.timeZone}
        errors={errors.timeZone}
        hint="Dates on the site and scheduled publishing use it, e.g. Europe/Minsk."
        list="time-zones"
      />
      <datalist id="time-zones">
        {timeZones.map((zone) => (
          <option key={zone} value={zone} />
        ))}
      </datalist>
      <Field
        label="Icon colour"
        name="accentColor"
        type="color"
        defaultValue={values.accentColor}
        errors={errors.accentColor}
        hint="The background of the favicon and home-screen icons (when there is no logo) and the colour of the browser's bar on phones."
        className="max-w-xs"
      />
      <SubmitButton pendingLabel="Saving…">Save site settings</SubmitButton>
    </form>
  );
}

/** Replaces the generated icons (initials on the icon colour) by an uploaded logo, or goes back. */
export function LogoForm({ iconSrc, hasLogo }: { iconSrc: string; hasLogo: boolean }) {
  const [state, formAction] = useActionState(updateLogoAction, initialFormState);
  const errors = state.ok ? {} : (state.fieldErrors ?? {});
  return (
    <form action={formAction} className={sectionClass} noValidate aria-labelledby="logo-heading">
      <h2 id="logo-heading" className="text-lg font-semibold">
        Logo and icons
      </h2>
      <FormMessage result={state} />
      <div className="flex flex-wrap items-center gap-4">
        {/* eslint-disable-next-line @next/next/no-img-element -- the site's own generated icon */}
        <img src={iconSrc} width={96} height={96} alt="The site's icon now" className="rounded" />
        <p className="text-muted max-w-md text-sm">
          {hasLogo
            ? "The icons are made from the uploaded logo."
            : "No logo yet: the icons show the site's initials on the icon colour."}
        </p>
      </div>
      <Field
        label="Upload a logo"
        name="logo"
        type="file"
        accept="image/png,image/jpeg,image/webp,image/gif"
        errors={errors.logo}
        hint="A square PNG of at least 512 pixels works best (2 MB at most). It becomes the favicon, the home-screen icon and the publisher logo search engines show."
      />
      <div className="flex flex-wrap gap-3">
        <SubmitButton pendingLabel="Uploading…">Save the logo</SubmitButton>
        {hasLogo ? (
          <button
            type="submit"
            name="remove"
            value="1"
            className="border-line rounded border bg-white px-4 py-2 font-semibold"
          >
            Remove the logo
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
  return (
    <form
      action={formAction}
      className={sectionClass}
      noValidate
      aria-labelledby="comments-heading"
      key={key}
    >
      <h2 id="comments-heading" className="text-lg font-semibold">
        Comment rules
      </h2>
      <FormMessage result={state} />
      <fieldset className="space-y-3">
        <legend className="sr-only">Approval</legend>
        <CheckboxField
          label="Hold new comments for approval"
          name="requireApproval"
          defaultChecked={checked("requireApproval")}
        />
        <CheckboxField
          label="Approve at once commenters with an approved comment before"
          name="autoApproveKnown"
          defaultChecked={checked("autoApproveKnown")}
        />
        <CheckboxField
          label="Approve comments by signed-in staff at once"
          name="staffAutoApprove"
          defaultChecked={checked("staffAutoApprove")}
        />
        <CheckboxField
          label="Ask commenters for a simple human check"
          name="humanCheck"
          defaultChecked={checked("humanCheck")}
        />
      </fieldset>
      <div className="grid gap-4 sm:grid-cols-2">
        <Field
          label="Close comments after (days)"
          name="closeAfterDays"
          type="number"
          inputMode="numeric"
          min={0}
          defaultValue={text("closeAfterDays")}
          errors={errors.closeAfterDays}
          hint="0 keeps them open."
        />
        <Field
          label="Reply depth"
          name="maxDepth"
          type="number"
          min={1}
          max={10}
          defaultValue={text("maxDepth")}
          errors={errors.maxDepth}
        />
        <Field
          label="Comments per page"
          name="perPage"
          type="number"
          min={5}
          max={500}
          defaultValue={text("perPage")}
          errors={errors.perPage}
        />
        <Field
          label="Maximum length (characters)"
          name="maxLength"
          type="number"
          min={100}
          max={20000}
          defaultValue={text("maxLength")}
          errors={errors.maxLength}
        />
        <Field
          label="Keep commenters' IP hashes for (days)"
          name="ipRetentionDays"
          type="number"
          min={1}
          max={365}
          defaultValue={text("ipRetentionDays")}
          errors={errors.ipRetentionDays}
        />
      </div>
      <TextareaField
        label="Hold for moderation when a comment contains"
        name="holdWords"
        defaultValue={text("holdWords")}
        errors={errors.holdWords}
        hint="One word or phrase per line."
      />
      <TextareaField
        label="Mark as spam when a comment contains"
        name="spamWords"
        defaultValue={text("spamWords")}
        errors={errors.spamWords}
        hint="One word or phrase per line."
      />
      <SubmitButton pendingLabel="Saving…">Save comment rules</SubmitButton>
    </form>
  );
}
