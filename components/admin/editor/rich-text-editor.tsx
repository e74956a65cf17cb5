"use client";

import { EditorContent, useEditor } from "@tiptap/react";
import StarterKit from "@tiptap/starter-kit";
import { useRef, useState } from "react";
import { ActionBoxNode } from "@/components/admin/editor/action-box";
import { describeBox } from "@/components/admin/editor/action-card";
import type { ActionChoices } from "@/components/admin/editor/action-panel";
import { EditableFigureImage } from "@/components/admin/editor/figure-view";
import { ImageUpload } from "@/components/admin/editor/image-upload";
import { LinkDialog } from "@/components/admin/editor/link-dialog";
import { SelectionMenu } from "@/components/admin/editor/selection-menu";
import { LinkShortcut } from "@/components/admin/editor/shortcuts";
import { WordCount } from "@/components/admin/editor/word-count";
import { BLOCK_EXTENSIONS } from "@/components/admin/editor/block-nodes";
import { type EditingBox, Toolbar } from "@/components/admin/editor/toolbar";
import { staffMessages } from "@/lib/i18n/messages/staff";

const NO_CHOICES: ActionChoices = { petitions: [], people: [] };

type Props = {
  name: string;
  label: string;
  defaultValue: string;
  /** The media library's upload limit, checked before a pasted or dropped image is sent. */
  maxImageBytes: number;
  /** The petitions and people an action box may point to; without them, no Action button. */
  actionChoices?: ActionChoices;
  errors?: string[];
};

/**
 * The article text. Without JavaScript it is a plain textarea of HTML; with JavaScript Tiptap
 * takes over and keeps the (then hidden) textarea filled, so the form posts the same field.
 */
export function RichTextEditor({
  name,
  label,
  defaultValue,
  maxImageBytes,
  actionChoices,
  errors,
}: Props) {
  const textarea = useRef<HTMLTextAreaElement>(null);
  const [enhanced, setEnhanced] = useState(false);
  const [editing, setEditing] = useState<EditingBox | null>(null);
  const [linkOpen, setLinkOpen] = useState(false);
  const editor = useEditor({
    immediatelyRender: false,
    extensions: [
      StarterKit.configure({
        heading: { levels: [2, 3, 4] },
        codeBlock: false,
        link: {
          openOnClick: false,
          autolink: true,
          // No `protocols`: http, https and mailto are linkify's own, and registering them again
          // printed "linkifyjs: already initialized" on every load.
          HTMLAttributes: { rel: null, target: null },
        },
      }),
      EditableFigureImage,
      ImageUpload.configure({ maxBytes: maxImageBytes }),
      LinkShortcut.configure({ onOpen: () => setLinkOpen(true) }),
      ...BLOCK_EXTENSIONS,
      ActionBoxNode.configure({
        describe: (box) => describeBox(box, actionChoices ?? NO_CHOICES),
        onEdit: (pos, box) => setEditing({ pos, box }),
      }),
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
      {editor && enhanced ? (
        <Toolbar
          editor={editor}
          actionChoices={actionChoices}
          editing={editing}
          onEditingDone={() => setEditing(null)}
          onLink={() => setLinkOpen(true)}
        />
      ) : null}
      {editor && enhanced ? (
        <SelectionMenu editor={editor} onLink={() => setLinkOpen(true)} />
      ) : null}
      {editor && linkOpen ? (
        <LinkDialog editor={editor} onClose={() => setLinkOpen(false)} />
      ) : null}
      <div
        className="border-line mt-1 rounded border bg-white"
        hidden={!enhanced}
        aria-describedby={errorId}
      >
        <EditorContent editor={editor} />
      </div>
      {editor && enhanced ? <WordCount editor={editor} /> : null}
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
          {staffMessages().richText.htmlHint}
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
