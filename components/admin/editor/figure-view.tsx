"use client";

import { NodeViewWrapper, ReactNodeViewRenderer, type ReactNodeViewProps } from "@tiptap/react";
import { useId } from "react";
import { FigureImage } from "@/components/admin/editor/nodes";
import { staffMessages } from "@/lib/i18n/messages/staff";

function FigureView({ node, updateAttributes, deleteNode, selected }: ReactNodeViewProps) {
  const t = staffMessages().images.figure;
  const id = useId();
  const { src, srcset, alt, caption } = node.attrs as {
    src: string | null;
    srcset: string | null;
    alt: string;
    caption: string;
  };
  const missingAlt = alt.trim() === "";
  return (
    <NodeViewWrapper
      as="figure"
      role="group"
      aria-label={alt ? `${t.image}: ${alt}` : t.image}
      className={`my-3 rounded border p-2 ${missingAlt ? "border-amber-600 bg-amber-50" : "border-line"} ${selected ? "ring-accent ring-3" : ""}`}
    >
      {src ? (
        // eslint-disable-next-line @next/next/no-img-element
        <img
          src={src}
          srcSet={srcset ?? undefined}
          sizes="48rem"
          alt={alt}
          data-drag-handle
          className="mx-auto max-h-96 max-w-full cursor-grab"
        />
      ) : null}
      {missingAlt ? (
        <p id={`${id}-missing`} className="mt-2 text-sm font-semibold text-amber-900">
          {t.missingAlt}
        </p>
      ) : null}
      <div className="mt-2 grid gap-2 sm:grid-cols-2">
        <label className="text-sm font-semibold">
          {t.alt}
          <input
            value={alt}
            onChange={(event) => updateAttributes({ alt: event.target.value })}
            aria-invalid={missingAlt ? true : undefined}
            aria-describedby={missingAlt ? `${id}-missing` : `${id}-alt-hint`}
            className="border-line mt-1 block w-full rounded border bg-white px-2 py-1 font-normal"
          />
          {missingAlt ? null : (
            <span id={`${id}-alt-hint`} className="text-muted block text-xs font-normal">
              {t.altHint}
            </span>
          )}
        </label>
        <label className="text-sm font-semibold">
          {t.caption}
          <input
            value={caption}
            onChange={(event) => updateAttributes({ caption: event.target.value })}
            className="border-line mt-1 block w-full rounded border bg-white px-2 py-1 font-normal"
          />
        </label>
      </div>
      <button
        type="button"
        onClick={deleteNode}
        className="text-accent mt-2 text-sm font-semibold underline"
      >
        {t.remove}
      </button>
    </NodeViewWrapper>
  );
}

/** The figure as stored (nodes.ts), edited in place: alt text and caption fields on the image. */
export const EditableFigureImage = FigureImage.extend({
  addNodeView() {
    return ReactNodeViewRenderer(FigureView);
  },
});
