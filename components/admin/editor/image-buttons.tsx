"use client";

import type { Editor } from "@tiptap/react";
import { useRef, useState } from "react";
import { MediaDialog } from "@/components/admin/editor/media-dialog";
import { ACCEPTED_IMAGE_TYPES } from "@/components/admin/editor/upload-request";
import { staffMessages } from "@/lib/i18n/messages/staff";

const buttonClass =
  "border-line hover:bg-paper rounded border bg-white px-2 py-1 text-sm font-semibold";

/** The toolbar's Image (media dialog) and Upload (files into the article in place) buttons. */
export function ImageButtons({ editor }: { editor: Editor }) {
  const rt = staffMessages().richText;
  const t = staffMessages().images;
  const input = useRef<HTMLInputElement>(null);
  const [open, setOpen] = useState(false);
  const maxBytes = (
    editor.extensionManager.extensions.find((e) => e.name === "imageUpload")?.options as
      { maxBytes?: number } | undefined
  )?.maxBytes;
  return (
    <>
      <button
        type="button"
        title={rt.insertImage}
        aria-haspopup="dialog"
        onMouseDown={(event) => event.preventDefault()}
        onClick={() => setOpen(true)}
        className={buttonClass}
      >
        {rt.image}
      </button>
      {maxBytes ? (
        <>
          <button
            type="button"
            title={t.uploadLabel}
            onMouseDown={(event) => event.preventDefault()}
            onClick={() => input.current?.click()}
            className={buttonClass}
          >
            {t.uploadButton}
          </button>
          <input
            ref={input}
            type="file"
            multiple
            hidden
            accept={ACCEPTED_IMAGE_TYPES.join(",")}
            aria-label={t.uploadLabel}
            onChange={(event) => {
              const files = Array.from(event.target.files ?? []);
              event.target.value = "";
              if (files.length > 0) editor.chain().focus().uploadImages(files).run();
            }}
          />
        </>
      ) : null}
      {open ? (
        <MediaDialog
          title={t.dialog.title}
          maxBytes={maxBytes ?? 0}
          onClose={() => setOpen(false)}
          onPick={(image) => {
            setOpen(false);
            editor
              .chain()
              .focus()
              .insertFigureImage({
                src: image.src,
                srcset: image.srcSet ?? null,
                alt: image.alt,
                caption: "",
              })
              .run();
          }}
        />
      ) : null}
    </>
  );
}
