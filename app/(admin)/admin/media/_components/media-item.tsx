"use client";

import { useActionState } from "react";
import { SubmitButton } from "@/components/admin/button";
import { FormMessage } from "@/components/admin/form-message";
import { initialFormState } from "@/lib/form-state";
import { deleteMediaAction, updateMediaAction } from "@/lib/media/actions";
import { staffMessages } from "@/lib/i18n/messages/staff";

export type MediaItemData = {
  id: string;
  src: string;
  srcSet?: string;
  originalName: string;
  altText: string;
  credit: string;
  details: string;
  coverCount: number;
  canEdit: boolean;
  canDelete: boolean;
};

/** One image of the library: its details form and delete button. */
export function MediaItem({ item }: { item: MediaItemData }) {
  const [state, update] = useActionState(updateMediaAction, initialFormState);
  const [deleted, remove] = useActionState(deleteMediaAction, initialFormState);
  const value = (name: "altText" | "credit") => state.values?.[name] ?? item[name];
  const errors = state.ok ? undefined : state.fieldErrors;
  const t = staffMessages();
  return (
    <li className="border-line rounded border bg-white p-3">
      {/* eslint-disable-next-line @next/next/no-img-element */}
      <img
        src={item.src}
        srcSet={item.srcSet}
        sizes="20rem"
        alt={item.altText}
        className="bg-paper aspect-video w-full object-contain"
      />
      <p className="mt-2 truncate text-sm font-semibold" title={item.originalName}>
        {item.originalName}
      </p>
      <p className="text-muted text-xs">{item.details}</p>
      {item.coverCount > 0 ? (
        <p className="text-muted text-xs">{t.media.coverOf(item.coverCount)}</p>
      ) : null}
      {item.canEdit ? (
        <form action={update} className="mt-2 space-y-2">
          <FormMessage result={state} />
          <input type="hidden" name="id" value={item.id} />
          <label className="block text-sm font-semibold">
            {t.media.altText}
            <input
              name="altText"
              defaultValue={value("altText")}
              aria-invalid={errors?.altText ? true : undefined}
              className="border-line mt-1 block w-full rounded border px-2 py-1 font-normal"
            />
          </label>
          {errors?.altText ? (
            <p className="text-accent text-sm">{errors.altText.join(" ")}</p>
          ) : null}
          <label className="block text-sm font-semibold">
            {t.common.credit}
            <input
              name="credit"
              defaultValue={value("credit")}
              className="border-line mt-1 block w-full rounded border px-2 py-1 font-normal"
            />
          </label>
          <SubmitButton variant="secondary" pendingLabel={t.common.saving}>
            {t.media.saveDetails}
          </SubmitButton>
        </form>
      ) : null}
      {item.canDelete ? (
        <form
          action={remove}
          className="mt-2"
          onSubmit={(event) => {
            if (!window.confirm(t.media.confirmDelete(item.originalName))) {
              event.preventDefault();
            }
          }}
        >
          <input type="hidden" name="id" value={item.id} />
          {deleted && !deleted.ok ? <FormMessage result={deleted} /> : null}
          <SubmitButton variant="link" pendingLabel={t.common.deleting}>
            {t.media.deleteImage}
          </SubmitButton>
        </form>
      ) : null}
    </li>
  );
}
