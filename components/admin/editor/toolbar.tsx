"use client";

import type { Editor } from "@tiptap/react";
import { useEffect, useState } from "react";
import { ActionPanel, type ActionChoices } from "@/components/admin/editor/action-panel";
import { ImageButtons } from "@/components/admin/editor/image-buttons";
import { InsertMenu } from "@/components/admin/editor/insert-menu";
import { withShortcut } from "@/components/admin/editor/shortcuts";
import { useStickyToolbar } from "@/components/admin/editor/use-sticky-toolbar";
import type { ActionBox } from "@/lib/actions/box";
import { staffMessages } from "@/lib/i18n/messages/staff";

function ToolButton({
  label,
  shortcut,
  active,
  onClick,
  children,
}: {
  label: string;
  /** Its key, as Tiptap writes it ("Mod-b"); shown in the title. */
  shortcut?: string;
  active?: boolean;
  onClick: () => void;
  children: React.ReactNode;
}) {
  return (
    <button
      type="button"
      title={withShortcut(label, shortcut)}
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

/** An action box being edited: where it is in the document and what it holds. */
export type EditingBox = { pos: number; box: ActionBox };

export function Toolbar({
  editor,
  actionChoices,
  editing,
  onEditingDone,
  onLink,
}: {
  editor: Editor;
  /** Opens the link dialog. */
  onLink: () => void;
  actionChoices?: ActionChoices;
  /** The box whose Edit button was pressed, if any: the action panel opens on it. */
  editing: EditingBox | null;
  onEditingDone: () => void;
}) {
  const t = staffMessages().richText;
  const [panel, setPanel] = useState<"action" | null>(null);
  const [panelSlot, setPanelSlot] = useState<HTMLDivElement | null>(null);
  const [, force] = useState(0);
  useEffect(() => {
    const update = () => force((n) => n + 1);
    editor.on("transaction", update);
    return () => {
      editor.off("transaction", update);
    };
  }, [editor]);
  const chain = () => editor.chain().focus();

  const sticky = useStickyToolbar(editor);

  return (
    // "contents": the row sticks within the whole editor (its grandparent), not just this box.
    <div className="contents">
      <div
        ref={sticky}
        role="toolbar"
        aria-label={t.toolbar}
        className="border-line sticky top-0 z-10 mt-1 flex flex-wrap gap-1 border-b bg-white py-1"
      >
        {([2, 3, 4] as const).map((level) => (
          <ToolButton
            key={level}
            label={t.heading(level)}
            shortcut={`Mod-Alt-${level}`}
            active={editor.isActive("heading", { level })}
            onClick={() => chain().toggleHeading({ level }).run()}
          >
            {t.headingShort(level)}
          </ToolButton>
        ))}
        <ToolButton
          label={t.bold}
          shortcut="Mod-b"
          active={editor.isActive("bold")}
          onClick={() => chain().toggleBold().run()}
        >
          <b>{t.boldShort}</b>
        </ToolButton>
        <ToolButton
          label={t.italic}
          shortcut="Mod-i"
          active={editor.isActive("italic")}
          onClick={() => chain().toggleItalic().run()}
        >
          <i>{t.italicShort}</i>
        </ToolButton>
        <ToolButton
          label={t.link}
          shortcut="Mod-k"
          active={editor.isActive("link")}
          onClick={onLink}
        >
          {t.link}
        </ToolButton>
        <ToolButton
          label={t.bulletList}
          shortcut="Mod-Shift-8"
          active={editor.isActive("bulletList")}
          onClick={() => chain().toggleBulletList().run()}
        >
          {t.bulletListShort}
        </ToolButton>
        <ToolButton
          label={t.numberedList}
          shortcut="Mod-Shift-7"
          active={editor.isActive("orderedList")}
          onClick={() => chain().toggleOrderedList().run()}
        >
          {t.numberedListShort}
        </ToolButton>
        <ToolButton
          label={t.quote}
          shortcut="Mod-Shift-b"
          active={editor.isActive("blockquote")}
          onClick={() => chain().toggleBlockquote().run()}
        >
          {t.quote}
        </ToolButton>
        <ImageButtons editor={editor} />
        <InsertMenu editor={editor} panelSlot={panelSlot} />
        {actionChoices ? (
          <ToolButton
            label={staffMessages().actions.editor.insert}
            onClick={() => {
              onEditingDone();
              setPanel(panel === "action" ? null : "action");
            }}
          >
            {staffMessages().actions.editor.button}
          </ToolButton>
        ) : null}
        <ToolButton label={t.undo} shortcut="Mod-z" onClick={() => chain().undo().run()}>
          {t.undo}
        </ToolButton>
        <ToolButton label={t.redo} shortcut="Mod-Shift-z" onClick={() => chain().redo().run()}>
          {t.redo}
        </ToolButton>
      </div>
      <div ref={setPanelSlot} />
      {actionChoices && (panel === "action" || editing) ? (
        <ActionPanel
          key={editing ? `edit-${editing.pos}` : "insert"}
          choices={actionChoices}
          initial={editing?.box ?? null}
          onSubmit={(box) => {
            if (editing) chain().updateActionBox(editing.pos, box).run();
            else chain().insertActionBox(box).run();
            onEditingDone();
            setPanel(null);
          }}
          onCancel={() => {
            onEditingDone();
            setPanel(null);
          }}
        />
      ) : null}
    </div>
  );
}
