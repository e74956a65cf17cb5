"use client";

import { EditorContent, useEditor, type Editor } from "@tiptap/react";
import StarterKit from "@tiptap/starter-kit";
import { useEffect, useRef, useState } from "react";
import { FigureImage, VideoEmbed } from "@/components/admin/editor/nodes";
import { parseVideoUrl } from "@/components/admin/editor/video-url";

export type PickerImage = {
  id: string;
  src: string;
  srcSet?: string;
  alt: string;
  name: string;
};

type Props = {
  name: string;
  label: string;
  defaultValue: string;
  images: PickerImage[];
  errors?: string[];
};

/**
 * The article text. Without JavaScript it is a plain textarea of HTML; with JavaScript Tiptap
 * takes over and keeps the (then hidden) textarea filled, so the form posts the same field.
 */
export function RichTextEditor({ name, label, defaultValue, images, errors }: Props) {
  const textarea = useRef<HTMLTextAreaElement>(null);
  const [enhanced, setEnhanced] = useState(false);
  const editor = useEditor({
    immediatelyRender: false,
    extensions: [
      StarterKit.configure({
        heading: { levels: [2, 3, 4] },
        codeBlock: false,
        link: {
          openOnClick: false,
          autolink: true,
          protocols: ["http", "https", "mailto"],
          HTMLAttributes: { rel: null, target: null },
        },
      }),
      FigureImage,
      VideoEmbed,
    ],
    content: defaultValue,
    editorProps: {
      attributes: {
        class:
          "min-h-72 p-3 focus:outline-none [&_a]:text-accent [&_a]:underline [&_blockquote]:border-l-4 [&_blockquote]:border-line [&_blockquote]:pl-3 [&_figcaption]:text-sm [&_figcaption]:text-muted [&_figure]:my-3 [&_h2]:mt-4 [&_h2]:text-xl [&_h2]:font-bold [&_h3]:mt-3 [&_h3]:text-lg [&_h3]:font-bold [&_h4]:font-bold [&_img]:max-w-full [&_ol]:list-decimal [&_ol]:pl-6 [&_p]:my-2 [&_ul]:list-disc [&_ul]:pl-6 [&_.video-embed]:rounded [&_.video-embed]:border [&_.video-embed]:p-3",
        "aria-label": label,
        "aria-multiline": "true",
        role: "textbox",
      },
    },
    onCreate: () => setEnhanced(true),
    onUpdate: ({ editor: current }) => {
      const element = textarea.current;
      if (!element) return;
      element.value = current.getHTML();
      // Lets the form notice the change (autosave, unsaved-changes warning).
      element.dispatchEvent(new Event("input", { bubbles: true }));
    },
  });

  const errorId = errors?.length ? `${name}-error` : undefined;
  return (
    <div>
      <label htmlFor={name} className="block text-sm font-semibold" id={`${name}-label`}>
        {label}
      </label>
      {editor && enhanced ? <Toolbar editor={editor} images={images} /> : null}
      <div
        className="border-line mt-1 rounded border bg-white"
        hidden={!enhanced}
        aria-describedby={errorId}
      >
        <EditorContent editor={editor} />
      </div>
      <textarea
        ref={textarea}
        id={name}
        name={name}
        defaultValue={defaultValue}
        hidden={enhanced}
        rows={18}
        aria-invalid={errors?.length ? true : undefined}
        aria-describedby={[`${name}-hint`, errorId].filter(Boolean).join(" ")}
        className="border-line mt-1 block w-full rounded border bg-white px-3 py-2 font-mono text-sm"
      />
      {!enhanced ? (
        <p id={`${name}-hint`} className="text-muted mt-1 text-sm">
          HTML: paragraphs, h2-h4 headings, links, lists and quotes are kept; anything else is
          removed when you save.
        </p>
      ) : null}
      {errors?.length ? (
        <p id={errorId} className="text-accent mt-1 text-sm font-semibold">
          {errors.join(" ")}
        </p>
      ) : null}
    </div>
  );
}

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

function Toolbar({ editor, images }: { editor: Editor; images: PickerImage[] }) {
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

function ImagePanel({
  images,
  onInsert,
}: {
  images: PickerImage[];
  onInsert: (attrs: { src: string; srcset: string | null; alt: string; caption: string }) => void;
}) {
  const [selected, setSelected] = useState<PickerImage | null>(null);
  const [alt, setAlt] = useState("");
  const [caption, setCaption] = useState("");
  if (images.length === 0) {
    return (
      <p className="border-line mt-2 rounded border bg-white p-3 text-sm">
        The media library is empty. Upload images on the Media page first.
      </p>
    );
  }
  return (
    <fieldset className="border-line mt-2 rounded border bg-white p-3">
      <legend className="px-1 text-sm font-semibold">Insert an image from the media library</legend>
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
          Alt text (what the image shows)
          <input
            value={alt}
            onChange={(e) => setAlt(e.target.value)}
            className="border-line mt-1 block w-full rounded border px-2 py-1 font-normal"
          />
        </label>
        <label className="text-sm font-semibold">
          Caption
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
        Insert image
      </button>
    </fieldset>
  );
}

function VideoPanel({
  onInsert,
}: {
  onInsert: (attrs: { provider: "youtube" | "vimeo"; videoId: string; title: string }) => void;
}) {
  const [url, setUrl] = useState("");
  const [title, setTitle] = useState("");
  const [error, setError] = useState("");
  return (
    <fieldset className="border-line mt-2 rounded border bg-white p-3">
      <legend className="px-1 text-sm font-semibold">Insert a video link</legend>
      <p className="text-muted text-sm">
        Readers see a link card; nothing is loaded from the video site until they follow it.
      </p>
      <div className="mt-2 grid gap-2 sm:grid-cols-2">
        <label className="text-sm font-semibold">
          YouTube or Vimeo address
          <input
            value={url}
            onChange={(e) => setUrl(e.target.value)}
            aria-invalid={error ? true : undefined}
            aria-describedby={error ? "video-url-error" : undefined}
            className="border-line mt-1 block w-full rounded border px-2 py-1 font-normal"
          />
        </label>
        <label className="text-sm font-semibold">
          Title shown on the card
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
            setError("Paste the address of a YouTube or Vimeo video.");
            return;
          }
          onInsert({
            provider: video.provider,
            videoId: video.id,
            title: title.trim() || "Watch the video",
          });
        }}
        className="bg-navy mt-2 rounded px-3 py-1.5 text-sm font-semibold text-white"
      >
        Insert video link
      </button>
    </fieldset>
  );
}
