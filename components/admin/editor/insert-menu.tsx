"use client";

import type { Editor } from "@tiptap/react";
import { useState } from "react";
import { createPortal } from "react-dom";
import { FootnotePanel, GalleryPanel } from "@/components/admin/editor/block-panels";
import { EmbedPanel } from "@/components/admin/editor/embed-panel";
import { staffMessages } from "@/lib/i18n/messages/staff";
import "./blocks.css";

const itemClass =
  "border-line hover:bg-paper aria-pressed:bg-navy rounded border bg-white px-2 py-1 text-sm font-semibold aria-pressed:text-white";

type PanelName = "gallery" | "footnote" | "embed";

function Item({
  onClick,
  pressed,
  children,
}: {
  onClick: () => void;
  pressed?: boolean;
  children: React.ReactNode;
}) {
  return (
    <button
      type="button"
      aria-pressed={pressed}
      onMouseDown={(event) => event.preventDefault()}
      onClick={onClick}
      className={itemClass}
    >
      {children}
    </button>
  );
}

/** The row of table commands, shown while the cursor is in a table. */
function TableTools({ editor }: { editor: Editor }) {
  const t = staffMessages().blocks;
  const chain = () => editor.chain().focus();
  return (
    <div role="group" aria-label={t.tableTools} className="mt-1 flex flex-wrap gap-1">
      <Item onClick={() => chain().addRowAfter().run()}>{t.addRow}</Item>
      <Item onClick={() => chain().addColumnAfter().run()}>{t.addColumn}</Item>
      <Item onClick={() => chain().deleteRow().run()}>{t.deleteRow}</Item>
      <Item onClick={() => chain().deleteColumn().run()}>{t.deleteColumn}</Item>
      <Item onClick={() => chain().deleteTable().run()}>{t.deleteTable}</Item>
    </div>
  );
}

/**
 * The toolbar's Insert menu: callout, pull quote, gallery, table, divider, footnote and embeds
 * (block-nodes.ts); the ones that need details open a panel under the toolbar: in `panelSlot`,
 * below the sticky row, so a tall panel scrolls away with the text instead of covering it.
 */
export function InsertMenu({
  editor,
  panelSlot,
}: {
  editor: Editor;
  panelSlot: HTMLElement | null;
}) {
  const t = staffMessages().blocks;
  const [open, setOpen] = useState(false);
  const [panel, setPanel] = useState<PanelName | null>(null);
  const maxBytes =
    (
      editor.extensionManager.extensions.find((e) => e.name === "imageUpload")?.options as
        { maxBytes?: number } | undefined
    )?.maxBytes ?? 0;
  const chain = () => editor.chain().focus();
  const run = (action: () => void) => () => {
    action();
    setOpen(false);
  };
  const show = (name: PanelName) => () => {
    setPanel(name);
    setOpen(false);
  };
  const done = () => setPanel(null);

  return (
    <div className="contents">
      <button
        type="button"
        aria-expanded={open}
        aria-controls="editor-insert-menu"
        title={t.menuLabel}
        onMouseDown={(event) => event.preventDefault()}
        onClick={() => setOpen(!open)}
        className={itemClass}
      >
        {t.menu} ▾
      </button>
      <div
        id="editor-insert-menu"
        role="group"
        aria-label={t.menuLabel}
        hidden={!open}
        className="border-line bg-paper basis-full flex-wrap gap-1 rounded border p-1 [&:not([hidden])]:flex"
      >
        <Item
          pressed={editor.isActive("callout")}
          onClick={run(() => chain().toggleCallout().run())}
        >
          {t.callout}
        </Item>
        <Item
          pressed={editor.isActive("pullQuote")}
          onClick={run(() => chain().togglePullQuote().run())}
        >
          {t.pullQuote}
        </Item>
        <Item onClick={show("gallery")}>{t.gallery}</Item>
        <Item
          onClick={run(() => chain().insertTable({ rows: 3, cols: 3, withHeaderRow: true }).run())}
        >
          {t.table}
        </Item>
        <Item onClick={run(() => chain().setHorizontalRule().run())}>{t.divider}</Item>
        <Item onClick={show("footnote")}>{t.footnote}</Item>
        <Item onClick={show("embed")}>{t.embed}</Item>
      </div>
      {editor.isActive("table") ? (
        <div className="basis-full">
          <TableTools editor={editor} />
        </div>
      ) : null}
      {panel && panelSlot
        ? createPortal(
            <div>
              {panel === "gallery" ? (
                <GalleryPanel
                  maxBytes={maxBytes}
                  onCancel={done}
                  onInsert={(images) => {
                    chain().insertGallery(images).run();
                    done();
                  }}
                />
              ) : panel === "footnote" ? (
                <FootnotePanel
                  onCancel={done}
                  onInsert={(attrs) => {
                    chain().insertFootnote(attrs).run();
                    done();
                  }}
                />
              ) : (
                <EmbedPanel
                  maxBytes={maxBytes}
                  onCancel={done}
                  onInsert={(attrs) => {
                    chain().insertEmbed(attrs).run();
                    done();
                  }}
                />
              )}
            </div>,
            panelSlot,
          )
        : null}
    </div>
  );
}
