"use client";

import type { Editor } from "@tiptap/react";
import { useEffect, useId, useRef, useState } from "react";
import { createPortal } from "react-dom";
import { type LinkTargetChoice, LinkSearchBox } from "@/components/admin/editor/link-search-box";
import { checkLinkUrl } from "@/lib/editor/link-url";
import { staffMessages } from "@/lib/i18n/messages/staff";

/** Sets (or replaces) the link on the selection; with nothing selected, inserts `text` linked. */
function applyLink(editor: Editor, href: string, text: string) {
  const chain = editor.chain().focus();
  if (editor.isActive("link")) {
    chain.extendMarkRange("link").setLink({ href }).run();
  } else if (editor.state.selection.empty) {
    chain
      .insertContent({ type: "text", text, marks: [{ type: "link", attrs: { href } }] })
      .unsetMark("link")
      .run();
  } else {
    chain.setLink({ href }).run();
  }
}

/** The article form's language field: a linked person's address is given in it. */
function articleLanguage(editor: Editor): string | undefined {
  const field = editor.view.dom.closest("form")?.elements.namedItem("language");
  return field instanceof HTMLSelectElement || field instanceof HTMLInputElement
    ? field.value
    : undefined;
}

/**
 * The link dialog (instead of the browser's prompt): type an address, or find a published page
 * of this site and pick it; opens filled in when the cursor is in a link, which it can remove.
 * A native modal <dialog>: the browser traps the focus and Escape closes it; the editor gets the
 * focus back. Rendered in <body>, because the editor sits inside the article's own form.
 */
export function LinkDialog({ editor, onClose }: { editor: Editor; onClose: () => void }) {
  const t = staffMessages().linkDialog;
  const id = useId();
  const dialog = useRef<HTMLDialogElement>(null);
  const input = useRef<HTMLInputElement>(null);
  const [editing] = useState(() => editor.isActive("link"));
  const [url, setUrl] = useState(() =>
    editing ? ((editor.getAttributes("link").href as string | undefined) ?? "") : "",
  );
  const [error, setError] = useState<string | null>(null);
  const [lang] = useState(() => articleLanguage(editor));

  useEffect(() => {
    const element = dialog.current;
    if (!element) return;
    element.showModal();
    input.current?.select();
    return () => element.close();
  }, []);

  function close() {
    onClose();
    editor.commands.focus();
  }

  function submit(href: string, text: string) {
    const check = checkLinkUrl(href);
    if (!check.ok) {
      setError(check.reason === "empty" ? t.empty : t.invalid);
      input.current?.focus();
      return;
    }
    applyLink(editor, check.href, text || check.href);
    onClose();
  }

  function pick(target: LinkTargetChoice) {
    setUrl(target.path);
    submit(target.path, target.title);
  }

  const errorId = `${id}-error`;
  return createPortal(
    <dialog
      ref={dialog}
      aria-labelledby={`${id}-title`}
      data-link-dialog=""
      onClose={close}
      className="border-line m-auto w-[min(34rem,calc(100vw-2rem))] rounded border bg-white p-4 shadow-lg backdrop:bg-black/40"
    >
      <form
        onSubmit={(event) => {
          // The dialog lives in a portal: React would carry the submit up to the article form.
          event.preventDefault();
          event.stopPropagation();
          submit(url, "");
        }}
      >
        <h2 id={`${id}-title`} className="text-lg font-bold">
          {editing ? t.editTitle : t.addTitle}
        </h2>
        <label htmlFor={`${id}-url`} className="mt-3 block text-sm font-semibold">
          {t.url}
        </label>
        <input
          ref={input}
          id={`${id}-url`}
          type="text"
          inputMode="url"
          autoComplete="off"
          spellCheck={false}
          value={url}
          onChange={(event) => {
            setUrl(event.target.value);
            setError(null);
          }}
          aria-invalid={error ? true : undefined}
          aria-describedby={error ? `${errorId} ${id}-hint` : `${id}-hint`}
          className="border-line mt-1 block w-full rounded border bg-white px-3 py-2"
        />
        <p id={`${id}-hint`} className="text-muted mt-1 text-sm">
          {t.urlHint}
        </p>
        {error ? (
          <p id={errorId} className="text-accent mt-1 text-sm font-semibold">
            {error}
          </p>
        ) : null}
        <LinkSearchBox lang={lang} onPick={pick} />
        <div className="mt-4 flex flex-wrap gap-2">
          <button type="submit" className="bg-navy rounded px-4 py-2 font-semibold text-white">
            {t.apply}
          </button>
          {editing ? (
            <button
              type="button"
              onClick={() => {
                editor.chain().focus().extendMarkRange("link").unsetLink().run();
                onClose();
              }}
              className="border-line rounded border px-4 py-2 font-semibold"
            >
              {t.remove}
            </button>
          ) : null}
          <button
            type="button"
            onClick={close}
            className="border-line rounded border px-4 py-2 font-semibold"
          >
            {t.cancel}
          </button>
        </div>
      </form>
    </dialog>,
    document.body,
  );
}
