"use client";

import type { Editor } from "@tiptap/react";
import { useEffect, useState } from "react";
import { ImagePanel, VideoPanel, type PickerImage } from "@/components/admin/editor/insert-panels";

function ToolButton({
  label,
  active,
  onClick,
  children,
}: {
  label: string;
  active?: boolean;
  onClick: () => void;
  children: React.ReactNode;
}) {
  return (
    <button
      type="button"
      title={label}
      aria-label={label}
      aria-pressed={active === undefined ? undefined : active}
      onMouseDown={(event) => event.preventDefault()}
      onClick={onClick}
      className="border-line hover:bg-paper aria-pressed:bg-navy rounded border bg-white px-2 py-1 text-sm font-semibold aria-pressed:text-white"
    >
      {children}
    </button>
  );
}

export function Toolbar({ editor, images }: { editor: Editor; images: PickerImage[] }) {
  const [panel, setPanel] = useState<"image" | "video" | null>(null);
  const [, force] = useState(0);
  useEffect(() => {
    const update = () => force((n) => n + 1);
    editor.on("transaction", update);
    return () => {
      editor.off("transaction", update);
    };
  }, [editor]);
  const chain = () => editor.chain().focus();

  function editLink() {
    const previous = (editor.getAttributes("link").href as string | undefined) ?? "";
    const href = window.prompt("Link address (https://…, or empty to remove the link)", previous);
    if (href === null) return;
    if (href.trim() === "") chain().extendMarkRange("link").unsetLink().run();
    else chain().extendMarkRange("link").setLink({ href: href.trim() }).run();
  }

  return (
    <div className="mt-1">
      <div role="toolbar" aria-label="Formatting" className="flex flex-wrap gap-1">
        {([2, 3, 4] as const).map((level) => (
          <ToolButton
            key={level}
            label={`Heading ${level}`}
            active={editor.isActive("heading", { level })}
            onClick={() => chain().toggleHeading({ level }).run()}
          >
            H{level}
          </ToolButton>
        ))}
        <ToolButton
          label="Bold"
          active={editor.isActive("bold")}
          onClick={() => chain().toggleBold().run()}
        >
          <b>B</b>
        </ToolButton>
        <ToolButton
          label="Italic"
          active={editor.isActive("italic")}
          onClick={() => chain().toggleItalic().run()}
        >
          <i>I</i>
        </ToolButton>
        <ToolButton label="Link" active={editor.isActive("link")} onClick={editLink}>
          Link
        </ToolButton>
        <ToolButton
          label="Bulleted list"
          active={editor.isActive("bulletList")}
          onClick={() => chain().toggleBulletList().run()}
        >
          • List
        </ToolButton>
        <ToolButton
          label="Numbered list"
          active={editor.isActive("orderedList")}
          onClick={() => chain().toggleOrderedList().run()}
        >
          1. List
        </ToolButton>
        <ToolButton
          label="Quote"
          active={editor.isActive("blockquote")}
          onClick={() => chain().toggleBlockquote().run()}
        >
          Quote
        </ToolButton>
        <ToolButton
          label="Insert image"
          onClick={() => setPanel(panel === "image" ? null : "image")}
        >
          Image
        </ToolButton>
        <ToolButton
          label="Insert video link"
          onClick={() => setPanel(panel === "video" ? null : "video")}
        >
          Video
        </ToolButton>
        <ToolButton label="Undo" onClick={() => chain().undo().run()}>
          Undo
        </ToolButton>
        <ToolButton label="Redo" onClick={() => chain().redo().run()}>
          Redo
        </ToolButton>
      </div>
      {panel === "image" ? (
        <ImagePanel
          images={images}
          onInsert={(attrs) => {
            chain().insertFigureImage(attrs).run();
            setPanel(null);
          }}
        />
      ) : null}
      {panel === "video" ? (
        <VideoPanel
          onInsert={(attrs) => {
            chain().insertVideoEmbed(attrs).run();
            setPanel(null);
          }}
        />
      ) : null}
    </div>
  );
}
