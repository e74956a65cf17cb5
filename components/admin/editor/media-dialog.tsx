"use client";

import { useEffect, useId, useRef, useState } from "react";
import { createPortal } from "react-dom";
import { buttonClass } from "@/components/admin/button-styles";
import type { PickerImage } from "@/components/admin/editor/insert-panels";
import {
  ACCEPTED_IMAGE_TYPES,
  checkImageFile,
  sendImage,
} from "@/components/admin/editor/upload-request";
import { staffMessages } from "@/lib/i18n/messages/staff";

type Page = { items: PickerImage[]; page: number; pageCount: number };
type Upload =
  { kind: "idle" } | { kind: "sending"; percent: number } | { kind: "failed"; message: string };

/**
 * The media library in a modal dialog: search by name or alt text, page through, or upload a new
 * image; picking one (or finishing an upload) hands it to `onPick`. Rendered into <body>, outside
 * the article form, so its search form and file input are not part of the article.
 */
export function MediaDialog({
  title,
  maxBytes,
  onPick,
  onClose,
}: {
  title: string;
  maxBytes: number;
  onPick: (image: PickerImage) => void;
  onClose: () => void;
}) {
  const t = staffMessages().images.dialog;
  const dialog = useRef<HTMLDialogElement>(null);
  const headingId = useId();
  const [query, setQuery] = useState({ q: "", page: 1 });
  const [typed, setTyped] = useState("");
  const [result, setResult] = useState<Page | null>(null);
  const [failed, setFailed] = useState(false);
  const [upload, setUpload] = useState<Upload>({ kind: "idle" });

  useEffect(() => {
    const element = dialog.current;
    if (element && !element.open) element.showModal();
    return () => element?.close();
  }, []);

  useEffect(() => {
    const controller = new AbortController();
    const params = new URLSearchParams({ q: query.q, page: String(query.page) });
    fetch(`/admin/api/media?${params.toString()}`, { signal: controller.signal })
      .then(async (response) => {
        if (!response.ok) throw new Error(String(response.status));
        const body = (await response.json()) as Page;
        setResult(body);
        setFailed(false);
      })
      .catch(() => {
        if (!controller.signal.aborted) setFailed(true);
      });
    return () => controller.abort();
  }, [query]);

  function uploadFile(file: File) {
    const refusal = checkImageFile(file, maxBytes);
    if (refusal) {
      setUpload({ kind: "failed", message: refusal });
      return;
    }
    sendImage(file, (percent) => setUpload({ kind: "sending", percent })).then(
      (image) => {
        setUpload({ kind: "idle" });
        onPick(image);
      },
      (error: unknown) =>
        setUpload({
          kind: "failed",
          message: error instanceof Error ? error.message : t.loadFailed,
        }),
    );
  }

  const loading = !result && !failed;
  return createPortal(
    <dialog
      ref={dialog}
      aria-labelledby={headingId}
      onClose={onClose}
      className="border-line m-auto w-[min(56rem,calc(100vw-1rem))] rounded border bg-white p-4 backdrop:bg-black/50"
    >
      <div className="flex items-start justify-between gap-2">
        <h2 id={headingId} className="text-lg font-bold">
          {title}
        </h2>
        <button type="button" onClick={onClose} className={buttonClass("secondary")}>
          {t.close}
        </button>
      </div>
      <div className="mt-3 flex flex-wrap items-end gap-2">
        <form
          role="search"
          className="flex min-w-0 flex-1 items-end gap-2"
          onSubmit={(event) => {
            event.preventDefault();
            setQuery({ q: typed.trim(), page: 1 });
          }}
        >
          <label className="min-w-0 flex-1 text-sm font-semibold">
            {t.search}
            <input
              type="search"
              value={typed}
              onChange={(event) => setTyped(event.target.value)}
              className="border-line mt-1 block w-full rounded border px-3 py-2 font-normal"
            />
          </label>
          <button type="submit" className={buttonClass("secondary")}>
            {t.searchButton}
          </button>
        </form>
        <label className={buttonClass("primary", "cursor-pointer focus-within:ring-3")}>
          {t.upload}
          <input
            type="file"
            accept={ACCEPTED_IMAGE_TYPES.join(",")}
            className="sr-only"
            onChange={(event) => {
              const file = event.target.files?.[0];
              event.target.value = "";
              if (file) uploadFile(file);
            }}
          />
        </label>
      </div>
      {upload.kind === "sending" ? (
        <progress
          max={100}
          value={upload.percent}
          aria-label={t.upload}
          className="mt-3 block w-full"
        />
      ) : null}
      {upload.kind === "failed" ? (
        <p role="alert" className="text-accent-dark mt-3 font-semibold">
          {upload.message}
        </p>
      ) : null}
      <div className="mt-3">
        <p role="status" className="empty:hidden">
          {loading ? t.loading : null}
          {failed ? t.loadFailed : null}
          {result && result.items.length === 0 ? (query.q ? t.empty : t.emptyLibrary) : null}
        </p>
        {result && result.items.length > 0 ? (
          <ul className="grid max-h-[55vh] grid-cols-2 gap-2 overflow-y-auto sm:grid-cols-4">
            {result.items.map((image) => (
              <li key={image.id}>
                <button
                  type="button"
                  onClick={() => onPick(image)}
                  title={t.pick(image.alt || image.name)}
                  className="border-line hover:ring-accent focus-visible:ring-accent block w-full rounded border p-1 text-left hover:ring-3 focus-visible:ring-3"
                >
                  {/* eslint-disable-next-line @next/next/no-img-element */}
                  <img src={image.src} alt="" className="aspect-video w-full object-cover" />
                  <span className="mt-1 block truncate text-xs">{image.alt || image.name}</span>
                </button>
              </li>
            ))}
          </ul>
        ) : null}
      </div>
      {result && result.pageCount > 1 ? (
        <nav
          aria-label={t.page(result.page, result.pageCount)}
          className="mt-3 flex items-center gap-2"
        >
          <button
            type="button"
            disabled={result.page <= 1}
            onClick={() => setQuery((current) => ({ ...current, page: result.page - 1 }))}
            className={buttonClass("secondary")}
          >
            {t.previous}
          </button>
          <span className="text-sm">{t.page(result.page, result.pageCount)}</span>
          <button
            type="button"
            disabled={result.page >= result.pageCount}
            onClick={() => setQuery((current) => ({ ...current, page: result.page + 1 }))}
            className={buttonClass("secondary")}
          >
            {t.next}
          </button>
        </nav>
      ) : null}
    </dialog>,
    document.body,
  );
}
