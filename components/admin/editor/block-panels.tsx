"use client";

import { useId, useState } from "react";
import { buttonClass } from "@/components/admin/button-styles";
import type { FootnoteAttrs, GalleryImage } from "@/components/admin/editor/block-nodes";
import { MediaDialog } from "@/components/admin/editor/media-dialog";
import { staffMessages } from "@/lib/i18n/messages/staff";

const inputClass = "border-line mt-1 block w-full rounded border px-2 py-1 font-normal";

/** A panel inside the article form: Enter must not submit the article. */
export function Panel({
  legend,
  hint,
  children,
}: {
  legend: string;
  hint: string;
  children: React.ReactNode;
}) {
  return (
    <fieldset
      className="border-line mt-2 rounded border bg-white p-3"
      onKeyDown={(event) => {
        if (event.key === "Enter" && event.target instanceof HTMLInputElement) {
          event.preventDefault();
        }
      }}
    >
      <legend className="px-1 text-sm font-semibold">{legend}</legend>
      <p className="text-muted text-sm">{hint}</p>
      {children}
    </fieldset>
  );
}

export function Problem({ id, text }: { id?: string; text: string }) {
  return text ? (
    <p id={id} role="alert" className="text-accent-dark mt-2 text-sm font-semibold">
      {text}
    </p>
  ) : null;
}

export function GalleryPanel({
  maxBytes,
  onInsert,
  onCancel,
}: {
  maxBytes: number;
  onInsert: (images: GalleryImage[]) => void;
  onCancel: () => void;
}) {
  const t = staffMessages().blocks;
  const [images, setImages] = useState<GalleryImage[]>([]);
  const [picking, setPicking] = useState(false);
  const [problem, setProblem] = useState("");
  return (
    <Panel legend={t.galleryPanel.legend} hint={t.galleryPanel.hint}>
      <ol className="mt-2 grid gap-2 sm:grid-cols-3">
        {images.map((image, index) => (
          <li key={`${image.src}-${index}`} className="border-line rounded border p-2">
            {/* eslint-disable-next-line @next/next/no-img-element */}
            <img src={image.src} alt={image.alt} className="aspect-video w-full object-cover" />
            <label className="mt-1 block text-sm font-semibold">
              {t.galleryPanel.caption(index + 1)}
              <input
                value={image.caption}
                onChange={(event) =>
                  setImages(
                    images.map((item, i) =>
                      i === index ? { ...item, caption: event.target.value } : item,
                    ),
                  )
                }
                className={inputClass}
              />
            </label>
            <button
              type="button"
              onClick={() => setImages(images.filter((_, i) => i !== index))}
              className={buttonClass("link", "mt-1")}
            >
              {t.galleryPanel.remove(index + 1)}
            </button>
          </li>
        ))}
      </ol>
      <p className="mt-2 text-sm" aria-live="polite">
        {t.galleryPanel.count(images.length)}
      </p>
      <Problem text={problem} />
      <div className="mt-2 flex flex-wrap gap-2">
        <button
          type="button"
          disabled={images.length >= 6}
          aria-haspopup="dialog"
          onClick={() => setPicking(true)}
          className={buttonClass("secondary")}
        >
          {t.galleryPanel.add}
        </button>
        <button
          type="button"
          onClick={() => {
            if (images.length < 2) setProblem(t.galleryPanel.tooFew);
            else onInsert(images);
          }}
          className={buttonClass("primary")}
        >
          {t.galleryPanel.insert}
        </button>
        <button type="button" onClick={onCancel} className={buttonClass("secondary")}>
          {t.cancel}
        </button>
      </div>
      {picking ? (
        <MediaDialog
          title={t.galleryPanel.dialogTitle}
          maxBytes={maxBytes}
          onClose={() => setPicking(false)}
          onPick={(image) => {
            setPicking(false);
            setProblem("");
            setImages((current) =>
              [...current, { src: image.src, alt: image.alt, caption: "" }].slice(0, 6),
            );
          }}
        />
      ) : null}
    </Panel>
  );
}

export function FootnotePanel({
  onInsert,
  onCancel,
}: {
  onInsert: (attrs: FootnoteAttrs) => void;
  onCancel: () => void;
}) {
  const t = staffMessages().blocks;
  const errorId = useId();
  const [text, setText] = useState("");
  const [source, setSource] = useState("");
  const [problem, setProblem] = useState("");
  function insert() {
    const note = text.trim();
    const link = source.trim();
    if (!note) return setProblem(t.footnotePanel.textRequired);
    if (link && !/^https?:\/\/[^\s/]+/i.test(link)) return setProblem(t.footnotePanel.badSource);
    onInsert({ text: note, source: link || null });
  }
  return (
    <Panel legend={t.footnotePanel.legend} hint={t.footnotePanel.hint}>
      <div className="mt-2 grid gap-2 sm:grid-cols-2">
        <label className="text-sm font-semibold">
          {t.footnotePanel.text}
          <input
            value={text}
            onChange={(event) => setText(event.target.value)}
            aria-describedby={problem ? errorId : undefined}
            className={inputClass}
          />
        </label>
        <label className="text-sm font-semibold">
          {t.footnotePanel.source}
          <input
            type="url"
            value={source}
            onChange={(event) => setSource(event.target.value)}
            aria-describedby={problem ? errorId : undefined}
            className={inputClass}
          />
        </label>
      </div>
      <Problem id={errorId} text={problem} />
      <div className="mt-2 flex flex-wrap gap-2">
        <button type="button" onClick={insert} className={buttonClass("primary")}>
          {t.footnotePanel.insert}
        </button>
        <button type="button" onClick={onCancel} className={buttonClass("secondary")}>
          {t.cancel}
        </button>
      </div>
    </Panel>
  );
}
