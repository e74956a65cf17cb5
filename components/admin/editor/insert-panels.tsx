"use client";

import { useState } from "react";
import { parseVideoUrl } from "@/components/admin/editor/video-url";
import { staffMessages } from "@/lib/i18n/messages/staff";

export type PickerImage = {
  id: string;
  src: string;
  srcSet?: string;
  alt: string;
  name: string;
};

export function ImagePanel({
  images,
  onInsert,
}: {
  images: PickerImage[];
  onInsert: (attrs: { src: string; srcset: string | null; alt: string; caption: string }) => void;
}) {
  const t = staffMessages();
  const [selected, setSelected] = useState<PickerImage | null>(null);
  const [alt, setAlt] = useState("");
  const [caption, setCaption] = useState("");
  if (images.length === 0) {
    return (
      <p className="border-line mt-2 rounded border bg-white p-3 text-sm">
        {t.richText.imagePanel.empty}
      </p>
    );
  }
  return (
    <fieldset className="border-line mt-2 rounded border bg-white p-3">
      <legend className="px-1 text-sm font-semibold">{t.richText.imagePanel.legend}</legend>
      <div className="grid max-h-64 grid-cols-3 gap-2 overflow-y-auto sm:grid-cols-6">
        {images.map((image) => (
          <button
            key={image.id}
            type="button"
            aria-pressed={selected?.id === image.id}
            onClick={() => {
              setSelected(image);
              setAlt(image.alt);
            }}
            className="border-line aria-pressed:ring-accent rounded border p-1 aria-pressed:ring-3"
          >
            {/* eslint-disable-next-line @next/next/no-img-element */}
            <img src={image.src} alt="" className="aspect-square w-full object-cover" />
            <span className="block truncate text-xs">{image.alt || image.name}</span>
          </button>
        ))}
      </div>
      <div className="mt-2 grid gap-2 sm:grid-cols-2">
        <label className="text-sm font-semibold">
          {t.common.altTextLong}
          <input
            value={alt}
            onChange={(e) => setAlt(e.target.value)}
            className="border-line mt-1 block w-full rounded border px-2 py-1 font-normal"
          />
        </label>
        <label className="text-sm font-semibold">
          {t.richText.imagePanel.caption}
          <input
            value={caption}
            onChange={(e) => setCaption(e.target.value)}
            className="border-line mt-1 block w-full rounded border px-2 py-1 font-normal"
          />
        </label>
      </div>
      <button
        type="button"
        disabled={!selected}
        onClick={() =>
          selected && onInsert({ src: selected.src, srcset: selected.srcSet ?? null, alt, caption })
        }
        className="bg-navy mt-2 rounded px-3 py-1.5 text-sm font-semibold text-white disabled:opacity-50"
      >
        {t.richText.insertImage}
      </button>
    </fieldset>
  );
}

export function VideoPanel({
  onInsert,
}: {
  onInsert: (attrs: { provider: "youtube" | "vimeo"; videoId: string; title: string }) => void;
}) {
  const t = staffMessages().richText;
  const [url, setUrl] = useState("");
  const [title, setTitle] = useState("");
  const [error, setError] = useState("");
  return (
    <fieldset className="border-line mt-2 rounded border bg-white p-3">
      <legend className="px-1 text-sm font-semibold">{t.videoPanel.legend}</legend>
      <p className="text-muted text-sm">{t.videoPanel.note}</p>
      <div className="mt-2 grid gap-2 sm:grid-cols-2">
        <label className="text-sm font-semibold">
          {t.videoPanel.url}
          <input
            value={url}
            onChange={(e) => setUrl(e.target.value)}
            aria-invalid={error ? true : undefined}
            aria-describedby={error ? "video-url-error" : undefined}
            className="border-line mt-1 block w-full rounded border px-2 py-1 font-normal"
          />
        </label>
        <label className="text-sm font-semibold">
          {t.videoPanel.title}
          <input
            value={title}
            onChange={(e) => setTitle(e.target.value)}
            className="border-line mt-1 block w-full rounded border px-2 py-1 font-normal"
          />
        </label>
      </div>
      {error ? (
        <p id="video-url-error" className="text-accent mt-1 text-sm font-semibold">
          {error}
        </p>
      ) : null}
      <button
        type="button"
        onClick={() => {
          const video = parseVideoUrl(url);
          if (!video) {
            setError(t.videoPanel.invalid);
            return;
          }
          onInsert({
            provider: video.provider,
            videoId: video.id,
            title: title.trim() || t.videoPanel.defaultTitle,
          });
        }}
        className="bg-navy mt-2 rounded px-3 py-1.5 text-sm font-semibold text-white"
      >
        {t.insertVideo}
      </button>
    </fieldset>
  );
}
