"use client";

import Link from "next/link";
import type { ArticleFormData } from "@/app/(admin)/admin/articles/_components/article-form";
import type { PickerImage } from "@/components/admin/editor/insert-panels";
import { Field } from "@/components/admin/field";
import { staffMessages } from "@/lib/i18n/messages/staff";

/** The cover: pick an image from the library (or none), with its caption and credit. */
export function CoverFieldset({
  article,
  images,
  value,
  errors,
}: {
  article: ArticleFormData;
  images: PickerImage[];
  value: (name: string, fallback: string) => string;
  errors?: Record<string, string[]>;
}) {
  const current = value("coverImageId", article.coverImageId);
  const t = staffMessages().editor.cover;
  return (
    <fieldset
      className="border-line space-y-3 rounded border bg-white p-4"
      aria-describedby={errors?.coverImageId ? "coverImageId-error" : undefined}
    >
      <legend className="px-1 font-semibold">{t.legend}</legend>
      <div className="grid max-h-72 grid-cols-3 gap-2 overflow-y-auto sm:grid-cols-5">
        <label className="border-line has-checked:ring-accent flex items-center justify-center gap-1 rounded border p-2 text-sm has-checked:ring-3">
          <input type="radio" name="coverImageId" value="" defaultChecked={!current} />
          {t.none}
        </label>
        {images.map((image) => (
          <label
            key={image.id}
            className="border-line has-checked:ring-accent block rounded border p-1 text-xs has-checked:ring-3"
          >
            {/* eslint-disable-next-line @next/next/no-img-element */}
            <img src={image.src} alt="" className="aspect-video w-full object-cover" />
            <span className="mt-1 flex items-center gap-1">
              <input
                type="radio"
                name="coverImageId"
                value={image.id}
                defaultChecked={current === image.id}
              />
              <span className="truncate">{image.alt || image.name}</span>
            </span>
          </label>
        ))}
      </div>
      {errors?.coverImageId ? (
        <p id="coverImageId-error" className="text-accent text-sm font-semibold">
          {errors.coverImageId.join(" ")}
        </p>
      ) : null}
      <p className="text-muted text-sm">
        {t.newImages}{" "}
        <Link href="/admin/media" className="text-accent underline" target="_blank">
          {t.mediaLibrary}
        </Link>
        {t.newImagesEnd}
      </p>
      <div className="grid gap-3 sm:grid-cols-2">
        <Field
          label={t.caption}
          name="coverCaption"
          defaultValue={value("coverCaption", article.coverCaption)}
          errors={errors?.coverCaption}
        />
        <Field
          label={t.credit}
          name="coverCredit"
          defaultValue={value("coverCredit", article.coverCredit)}
          errors={errors?.coverCredit}
          hint={t.creditHint}
        />
      </div>
    </fieldset>
  );
}
