"use client";

import { useEffect, useRef, useState, useSyncExternalStore } from "react";
import type { ArticleFormData } from "@/app/(admin)/admin/articles/_components/article-form";
import { buttonClass } from "@/components/admin/button-styles";
import type { PickerImage } from "@/components/admin/editor/insert-panels";
import { MediaDialog } from "@/components/admin/editor/media-dialog";
import { Field } from "@/components/admin/field";
import { staffMessages } from "@/lib/i18n/messages/staff";

const noSubscription = () => () => undefined;

/**
 * What the editor knows of images before the media dialog opens: the recent ones by name (the
 * cover's select without JavaScript) and the upload limit.
 */
type EditorImages = { coverChoices: { id: string; label: string }[]; maxBytes: number };

/**
 * The cover: chosen from the media dialog (thumbnail, Choose cover…, Remove), posted as the same
 * hidden field `coverImageId`. Without JavaScript a select of the recent images stands in.
 */
export function CoverFieldset({
  article,
  images,
  value,
  errors,
}: {
  article: ArticleFormData;
  images: EditorImages;
  value: (name: string, fallback: string) => string;
  errors?: Record<string, string[]>;
}) {
  const initial = value("coverImageId", article.coverImageId);
  const t = staffMessages().editor.cover;
  const ti = staffMessages().images;
  const errorId = errors?.coverImageId ? "coverImageId-error" : undefined;
  // True once hydrated: the dialog picker replaces the select.
  const enhanced = useSyncExternalStore(
    noSubscription,
    () => true,
    () => false,
  );
  const [cover, setCover] = useState<{ id: string; image: PickerImage | null }>({
    id: initial,
    image: null,
  });
  const [open, setOpen] = useState(false);
  const hidden = useRef<HTMLInputElement>(null);
  const changed = useRef(false);

  useEffect(() => {
    if (!initial) return;
    const controller = new AbortController();
    fetch(`/admin/api/media?id=${encodeURIComponent(initial)}`, { signal: controller.signal })
      .then(async (response) =>
        response.ok ? ((await response.json()) as { image: PickerImage }) : null,
      )
      .then((body) => {
        if (body)
          setCover((current) =>
            current.id === initial ? { id: initial, image: body.image } : current,
          );
      })
      .catch(() => undefined);
    return () => controller.abort();
  }, [initial]);
  useEffect(() => {
    // Lets the form notice the change (autosave, unsaved-changes warning).
    if (changed.current) hidden.current?.dispatchEvent(new Event("input", { bubbles: true }));
  }, [cover.id]);

  function choose(next: { id: string; image: PickerImage | null }) {
    changed.current = true;
    setCover(next);
  }

  return (
    <fieldset
      className="border-line space-y-3 rounded border bg-white p-4"
      aria-describedby={errorId}
    >
      <legend className="px-1 font-semibold">{t.legend}</legend>
      {enhanced ? (
        <div className="flex flex-wrap items-center gap-3">
          <input ref={hidden} type="hidden" name="coverImageId" value={cover.id} />
          {cover.id ? (
            <figure className="w-48">
              {cover.image ? (
                // eslint-disable-next-line @next/next/no-img-element
                <img
                  src={cover.image.src}
                  alt={cover.image.alt}
                  className="border-line aspect-video w-full rounded border object-cover"
                />
              ) : (
                <div className="border-line bg-paper aspect-video w-full rounded border" />
              )}
              <figcaption className="mt-1 truncate text-xs">
                {ti.cover.chosen}
                {cover.image ? `: ${cover.image.alt || cover.image.name}` : ""}
              </figcaption>
            </figure>
          ) : (
            <p className="text-muted text-sm">{ti.cover.none}</p>
          )}
          <button
            type="button"
            aria-haspopup="dialog"
            onClick={() => setOpen(true)}
            className={buttonClass("secondary")}
          >
            {cover.id ? ti.cover.change : ti.cover.choose}
          </button>
          {cover.id ? (
            <button
              type="button"
              onClick={() => choose({ id: "", image: null })}
              className={buttonClass("link")}
            >
              {ti.cover.remove}
            </button>
          ) : null}
        </div>
      ) : (
        <div>
          <label htmlFor="coverImageId" className="block text-sm font-semibold">
            {ti.cover.selectLabel}
          </label>
          <select
            id="coverImageId"
            name="coverImageId"
            defaultValue={initial}
            aria-describedby={errorId}
            className="border-line mt-1 block w-full rounded border bg-white px-3 py-2 font-normal"
          >
            <option value="">{t.none}</option>
            {initial && !images.coverChoices.some((choice) => choice.id === initial) ? (
              <option value={initial}>{ti.cover.current}</option>
            ) : null}
            {images.coverChoices.map((choice) => (
              <option key={choice.id} value={choice.id}>
                {choice.label}
              </option>
            ))}
          </select>
        </div>
      )}
      {open ? (
        <MediaDialog
          title={ti.dialog.coverTitle}
          maxBytes={images.maxBytes}
          onClose={() => setOpen(false)}
          onPick={(image) => {
            setOpen(false);
            choose({ id: image.id, image });
          }}
        />
      ) : null}
      {errors?.coverImageId ? (
        <p id="coverImageId-error" className="text-accent text-sm font-semibold">
          {errors.coverImageId.join(" ")}
        </p>
      ) : null}
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
