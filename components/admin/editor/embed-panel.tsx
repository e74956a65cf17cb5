"use client";

import { useId, useRef, useState } from "react";
import { buttonClass } from "@/components/admin/button-styles";
import { Panel, Problem } from "@/components/admin/editor/block-panels";
import { MediaDialog } from "@/components/admin/editor/media-dialog";
import type { EmbedAttrs } from "@/components/admin/editor/nodes";
import { fetchEmbedThumbnailAction } from "@/lib/embeds/actions";
import { parseEmbedUrl } from "@/lib/embeds/providers";
import { staffMessages } from "@/lib/i18n/messages/staff";

const inputClass = "border-line mt-1 block w-full rounded border px-2 py-1 font-normal";

/**
 * Embeds a post or video: the address, the title readers see and a thumbnail kept in the media
 * library (fetched from the provider by the server, or chosen by hand when that fails).
 */
export function EmbedPanel({
  maxBytes,
  onInsert,
  onCancel,
}: {
  maxBytes: number;
  onInsert: (attrs: EmbedAttrs) => void;
  onCancel: () => void;
}) {
  const t = staffMessages().blocks;
  const errorId = useId();
  const [url, setUrl] = useState("");
  const [title, setTitle] = useState("");
  const [thumbnail, setThumbnail] = useState<string | null>(null);
  const [status, setStatus] = useState<{ busy?: boolean; text: string }>({ text: "" });
  const [picking, setPicking] = useState(false);
  // The post the thumbnail (and a fetched title) belong to: another address clears them.
  const [pictured, setPictured] = useState({ key: "", titleFetched: false });
  const ref = parseEmbedUrl(url);
  const host = ref ? t.providers[ref.provider] : "";
  const keyOf = (value: string) => {
    const parsed = parseEmbedUrl(value);
    return parsed ? `${parsed.provider}:${parsed.id}` : "";
  };

  const latestKey = useRef("");
  function changeUrl(value: string) {
    setUrl(value);
    latestKey.current = keyOf(value);
    if (keyOf(value) === pictured.key) return;
    setThumbnail(null);
    if (pictured.titleFetched) setTitle("");
    setPictured({ key: keyOf(value), titleFetched: false });
    setStatus({ text: "" });
  }

  async function fetchThumbnail() {
    if (!ref) return setStatus({ text: t.embedPanel.invalid });
    const key = keyOf(url);
    setStatus({ busy: true, text: t.embedPanel.fetching(host) });
    const found = await fetchEmbedThumbnailAction(url).catch(() => null);
    // The address changed while the picture was on its way: it belongs to the old post.
    if (key !== latestKey.current) return;
    if (!found) return setStatus({ text: t.embedPanel.fetchFailed(host) });
    setThumbnail(found.image.src);
    const fillTitle = !!found.title && !title.trim();
    if (found.title && fillTitle) setTitle(found.title);
    setPictured({ key, titleFetched: fillTitle });
    setStatus({ text: "" });
  }

  function insert() {
    if (!ref) return setStatus({ text: t.embedPanel.invalid });
    onInsert({
      ...ref,
      title: title.trim() || t.embedPanel.defaultTitle(t.providers[ref.provider]),
      thumbnail,
    });
  }

  return (
    <Panel legend={t.embedPanel.legend} hint={t.embedPanel.hint}>
      <div className="mt-2 grid gap-2 sm:grid-cols-2">
        <label className="text-sm font-semibold">
          {t.embedPanel.url}
          <input
            type="url"
            value={url}
            onChange={(event) => changeUrl(event.target.value)}
            onBlur={() => {
              if (ref && !thumbnail && !status.busy) void fetchThumbnail();
            }}
            aria-invalid={url && !ref ? true : undefined}
            aria-describedby={status.text ? errorId : undefined}
            className={inputClass}
          />
        </label>
        <label className="text-sm font-semibold">
          {t.embedPanel.title}
          <input
            value={title}
            onChange={(event) => setTitle(event.target.value)}
            className={inputClass}
          />
        </label>
      </div>
      <div className="mt-2">
        <p className="text-sm font-semibold">{t.embedPanel.thumbnail}</p>
        {thumbnail ? (
          // eslint-disable-next-line @next/next/no-img-element
          <img src={thumbnail} alt="" className="mt-1 aspect-video w-48 rounded object-cover" />
        ) : (
          <p className="text-muted text-sm">{t.embedPanel.noThumbnail}</p>
        )}
        <div className="mt-1 flex flex-wrap gap-2">
          <button
            type="button"
            disabled={!ref || status.busy}
            onClick={() => void fetchThumbnail()}
            className={buttonClass("secondary")}
          >
            {t.embedPanel.fetch}
          </button>
          <button
            type="button"
            aria-haspopup="dialog"
            onClick={() => setPicking(true)}
            className={buttonClass("secondary")}
          >
            {t.embedPanel.choose}
          </button>
          {thumbnail ? (
            <button
              type="button"
              onClick={() => setThumbnail(null)}
              className={buttonClass("link")}
            >
              {t.embedPanel.removeThumbnail}
            </button>
          ) : null}
        </div>
      </div>
      <div aria-live="polite">
        {status.busy ? <p className="mt-2 text-sm">{status.text}</p> : null}
        {!status.busy ? <Problem id={errorId} text={status.text} /> : null}
      </div>
      <div className="mt-2 flex flex-wrap gap-2">
        <button
          type="button"
          disabled={status.busy}
          onClick={insert}
          className={buttonClass("primary")}
        >
          {t.embedPanel.insert}
        </button>
        <button type="button" onClick={onCancel} className={buttonClass("secondary")}>
          {t.cancel}
        </button>
      </div>
      {picking ? (
        <MediaDialog
          title={t.embedPanel.dialogTitle}
          maxBytes={maxBytes}
          onClose={() => setPicking(false)}
          onPick={(image) => {
            setPicking(false);
            setThumbnail(image.src);
          }}
        />
      ) : null}
    </Panel>
  );
}
