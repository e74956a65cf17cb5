"use client";

import { useState } from "react";
import { parseVideoUrl } from "@/components/admin/editor/video-url";
import { staffMessages } from "@/lib/i18n/messages/staff";

/** An image of the media library as the media dialog shows and inserts it. */
export type PickerImage = {
  id: string;
  src: string;
  srcSet?: string;
  alt: string;
  name: string;
};

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
