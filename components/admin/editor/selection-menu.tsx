"use client";

import { isTextSelection } from "@tiptap/core";
import { type Editor, useEditorState } from "@tiptap/react";
import { BubbleMenu } from "@tiptap/react/menus";
import { withShortcut } from "@/components/admin/editor/shortcuts";
import { staffMessages } from "@/lib/i18n/messages/staff";

function MenuButton({
  label,
  shortcut,
  active,
  onClick,
  children,
}: {
  label: string;
  shortcut?: string;
  active: boolean;
  onClick: () => void;
  children: React.ReactNode;
}) {
  return (
    <button
      type="button"
      title={withShortcut(label, shortcut)}
      aria-label={label}
      aria-pressed={active}
      onMouseDown={(event) => event.preventDefault()}
      onClick={onClick}
      className="aria-pressed:text-navy rounded px-2 py-1 text-sm font-semibold hover:bg-white/20 aria-pressed:bg-white"
    >
      {children}
    </button>
  );
}

/**
 * The menu over selected text (as in Ghost and Medium): bold, italic, link, heading, quote. Shown
 * only for a selection of text, not for a selected image or box.
 */
export function SelectionMenu({ editor, onLink }: { editor: Editor; onLink: () => void }) {
  const t = staffMessages().richText;
  const active = useEditorState({
    editor,
    selector: ({ editor: current }) => ({
      bold: current.isActive("bold"),
      italic: current.isActive("italic"),
      link: current.isActive("link"),
      heading: current.isActive("heading", { level: 2 }),
      quote: current.isActive("blockquote"),
    }),
  });
  const chain = () => editor.chain().focus();
  return (
    <BubbleMenu
      editor={editor}
      options={{ placement: "top", offset: 8 }}
      shouldShow={({ editor: current, state, from, to }) =>
        current.isEditable &&
        current.view.hasFocus() &&
        isTextSelection(state.selection) &&
        state.doc.textBetween(from, to).trim().length > 0
      }
      className="z-20"
    >
      <div
        role="toolbar"
        aria-label={staffMessages().writing.bubbleMenu}
        data-selection-menu=""
        className="bg-navy/95 flex gap-1 rounded p-1 text-white shadow-lg"
      >
        <MenuButton
          label={t.bold}
          shortcut="Mod-b"
          active={active.bold}
          onClick={() => chain().toggleBold().run()}
        >
          <b aria-hidden="true">{t.boldShort}</b>
        </MenuButton>
        <MenuButton
          label={t.italic}
          shortcut="Mod-i"
          active={active.italic}
          onClick={() => chain().toggleItalic().run()}
        >
          <i aria-hidden="true">{t.italicShort}</i>
        </MenuButton>
        <MenuButton label={t.link} shortcut="Mod-k" active={active.link} onClick={onLink}>
          {t.link}
        </MenuButton>
        <MenuButton
          label={t.heading(2)}
          shortcut="Mod-Alt-2"
          active={active.heading}
          onClick={() => chain().toggleHeading({ level: 2 }).run()}
        >
          {t.headingShort(2)}
        </MenuButton>
        <MenuButton
          label={t.quote}
          shortcut="Mod-Shift-b"
          active={active.quote}
          onClick={() => chain().toggleBlockquote().run()}
        >
          {t.quote}
        </MenuButton>
      </div>
    </BubbleMenu>
  );
}
