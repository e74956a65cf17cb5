"use client";

import {
  type ChangeEvent,
  type DragEvent,
  type KeyboardEvent,
  type PointerEvent,
  useEffect,
  useRef,
  useState,
  useSyncExternalStore,
} from "react";
import { BadgeControls } from "@/components/badge/badge-controls";
import { FramePreview } from "@/components/badge/frame-preview";
import { CENTRED, type View, clampView, paintBadge, zoomTo } from "@/lib/badge/compose";
import type { Lang } from "@/lib/i18n/languages";
import { badge } from "@/lib/i18n/messages/badge";

type Frame = { src: string; width: number; height: number };
type Point = { x: number; y: number };

const noSubscription = () => () => {};
/** The preview canvas is at most this many pixels across; the download has the frame's own size. */
const PREVIEW_MAX = 1080;

/**
 * The reader's photo under the campaign's frame, moved and zoomed in the browser and downloaded
 * as a PNG of the frame's size. The photo is decoded from the chosen file on the device
 * (createImageBitmap) and never leaves it: nothing here makes a request. Without JavaScript it is
 * the frame's preview; the page's manual steps do the rest.
 */
export function BadgeMaker({
  frame,
  lang,
  fileName,
}: {
  frame: Frame;
  lang: Lang;
  fileName: string;
}) {
  const t = badge[lang];
  const ready = useSyncExternalStore(
    noSubscription,
    () => true,
    () => false,
  );
  const [frameImage, setFrameImage] = useState<HTMLImageElement | null>(null);
  const [photo, setPhoto] = useState<ImageBitmap | null>(null);
  const [view, setView] = useState<View>(CENTRED);
  const [status, setStatus] = useState("");
  const canvasRef = useRef<HTMLCanvasElement>(null);
  const pointers = useRef(new Map<number, Point>());
  const scale = Math.min(1, PREVIEW_MAX / Math.max(frame.width, frame.height));

  useEffect(() => {
    // The frame is on this site (/media/…), so drawing it leaves the canvas readable.
    const image = new Image();
    image.src = frame.src;
    let live = true;
    image.decode().then(
      () => live && setFrameImage(image),
      () => live && setStatus(t.tool.failed),
    );
    return () => {
      live = false;
    };
  }, [frame.src, t]);

  useEffect(() => {
    const context = canvasRef.current?.getContext("2d");
    if (!context || !photo || !frameImage) return;
    paintBadge(context, photo, frameImage, frame, view, scale);
  }, [photo, frameImage, view, frame, scale]);

  if (!ready) return <FramePreview frame={frame} alt={t.frameAlt} />;

  const open = async (file: File | undefined) => {
    if (!file) return;
    try {
      const image = await createImageBitmap(file);
      photo?.close();
      setPhoto(image);
      setView(CENTRED);
      setStatus(t.tool.ready);
    } catch {
      setStatus(t.tool.unreadable);
    }
  };
  const change = (update: (view: View) => View) => {
    if (photo) setView((current) => clampView(update(current), photo, frame));
  };
  const zoom = (factor: number) => {
    if (photo) setView((current) => zoomTo(current, current.zoom * factor, photo, frame));
  };
  const move = (dx: number, dy: number) => change((v) => ({ ...v, x: v.x + dx, y: v.y + dy }));

  const onKeyDown = (event: KeyboardEvent) => {
    const step = (event.shiftKey ? 0.1 : 0.02) * frame.width;
    const keys: Record<string, () => void> = {
      ArrowLeft: () => move(-step, 0),
      ArrowRight: () => move(step, 0),
      ArrowUp: () => move(0, -step),
      ArrowDown: () => move(0, step),
      "+": () => zoom(1.1),
      "=": () => zoom(1.1),
      "-": () => zoom(1 / 1.1),
    };
    const action = keys[event.key];
    if (!action) return;
    event.preventDefault();
    action();
  };
  const onPointerDown = (event: PointerEvent<HTMLCanvasElement>) => {
    event.currentTarget.setPointerCapture(event.pointerId);
    pointers.current.set(event.pointerId, { x: event.clientX, y: event.clientY });
  };
  const onPointerMove = (event: PointerEvent<HTMLCanvasElement>) => {
    const active = pointers.current;
    const last = active.get(event.pointerId);
    if (!last) return;
    const now = { x: event.clientX, y: event.clientY };
    const unit = frame.width / event.currentTarget.clientWidth;
    const other = [...active].find(([id]) => id !== event.pointerId)?.[1];
    if (!other) move((now.x - last.x) * unit, (now.y - last.y) * unit);
    else {
      // Two fingers: the photo grows as they part.
      const before = Math.hypot(last.x - other.x, last.y - other.y);
      if (before > 0) zoom(Math.hypot(now.x - other.x, now.y - other.y) / before);
    }
    active.set(event.pointerId, now);
  };
  const onPointerEnd = (event: PointerEvent<HTMLCanvasElement>) => {
    pointers.current.delete(event.pointerId);
  };
  const onDrop = (event: DragEvent) => {
    event.preventDefault();
    void open(event.dataTransfer.files[0]);
  };

  const download = () => {
    if (!photo || !frameImage) return;
    const canvas = document.createElement("canvas");
    canvas.width = frame.width;
    canvas.height = frame.height;
    const context = canvas.getContext("2d");
    if (!context) return setStatus(t.tool.failed);
    paintBadge(context, photo, frameImage, frame, view);
    canvas.toBlob((blob) => {
      if (!blob) return setStatus(t.tool.failed);
      const url = URL.createObjectURL(blob);
      const link = document.createElement("a");
      link.href = url;
      link.download = fileName;
      document.body.append(link);
      link.click();
      link.remove();
      setTimeout(() => URL.revokeObjectURL(url), 60_000);
      setStatus(t.tool.downloaded);
    }, "image/png");
  };

  return (
    <section aria-labelledby="badge-tool" className="space-y-4">
      <h2 id="badge-tool" className="font-serif text-2xl font-bold">
        {t.tool.heading}
      </h2>
      <p className="text-muted">{t.privacy}</p>
      <label className="bg-accent hover:bg-accent-dark has-[:focus-visible]:outline-accent inline-flex cursor-pointer items-center rounded px-4 py-2 font-semibold text-white has-[:focus-visible]:outline-3 has-[:focus-visible]:outline-offset-2">
        {photo ? t.tool.chooseAnother : t.tool.choose}
        <input
          type="file"
          accept="image/*"
          className="sr-only"
          onChange={(event: ChangeEvent<HTMLInputElement>) => void open(event.target.files?.[0])}
        />
      </label>
      <div onDragOver={(event) => event.preventDefault()} onDrop={onDrop} className="max-w-md">
        {photo ? (
          <canvas
            ref={canvasRef}
            width={Math.round(frame.width * scale)}
            height={Math.round(frame.height * scale)}
            role="img"
            aria-label={t.tool.preview}
            aria-describedby="badge-hint"
            tabIndex={0}
            onKeyDown={onKeyDown}
            onPointerDown={onPointerDown}
            onPointerMove={onPointerMove}
            onPointerUp={onPointerEnd}
            onPointerCancel={onPointerEnd}
            className="border-line block h-auto w-full cursor-grab touch-none rounded border select-none active:cursor-grabbing"
          />
        ) : (
          <FramePreview frame={frame} alt={t.frameAlt} />
        )}
      </div>
      {photo ? (
        <BadgeControls
          t={t.tool}
          zoom={view.zoom}
          onZoom={(value) => setView((current) => zoomTo(current, value, photo, frame))}
          onZoomBy={zoom}
          onCentre={() => setView(CENTRED)}
          onDownload={download}
          disabled={!frameImage}
        />
      ) : null}
      <p role="status" aria-live="polite" className="text-sm font-semibold">
        {status}
      </p>
    </section>
  );
}
