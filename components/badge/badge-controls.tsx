"use client";

import { useId } from "react";
import { MAX_ZOOM, MIN_ZOOM } from "@/lib/badge/compose";
import type { BadgeMessages } from "@/lib/i18n/messages/badge";

const squareButton =
  "border-navy text-navy hover:bg-navy size-10 shrink-0 rounded border text-xl font-bold hover:text-white";

/** Zoom (a labelled slider and buttons), centring, and the download. */
export function BadgeControls({
  t,
  zoom,
  onZoom,
  onZoomBy,
  onCentre,
  onDownload,
  disabled,
}: {
  t: BadgeMessages["tool"];
  zoom: number;
  onZoom: (zoom: number) => void;
  onZoomBy: (factor: number) => void;
  onCentre: () => void;
  onDownload: () => void;
  disabled: boolean;
}) {
  const id = useId();
  const percent = Math.round(zoom * 100);
  return (
    <div className="max-w-md space-y-4">
      <p id="badge-hint" className="text-muted text-sm">
        {t.hint}
      </p>
      <div>
        <label htmlFor={`${id}-zoom`} className="block text-sm font-semibold">
          {t.zoom}: <output htmlFor={`${id}-zoom`}>{t.percent(percent)}</output>
        </label>
        <div className="mt-1 flex items-center gap-3">
          <button
            type="button"
            aria-label={t.zoomOut}
            onClick={() => onZoomBy(1 / 1.25)}
            className={squareButton}
          >
            −
          </button>
          <input
            id={`${id}-zoom`}
            type="range"
            min={MIN_ZOOM * 100}
            max={MAX_ZOOM * 100}
            step={1}
            value={percent}
            aria-valuetext={t.percent(percent)}
            onChange={(event) => onZoom(Number(event.target.value) / 100)}
            className="accent-accent min-w-0 flex-1"
          />
          <button
            type="button"
            aria-label={t.zoomIn}
            onClick={() => onZoomBy(1.25)}
            className={squareButton}
          >
            +
          </button>
        </div>
      </div>
      <div className="flex flex-wrap gap-3">
        <button
          type="button"
          onClick={onDownload}
          disabled={disabled}
          className="bg-navy rounded px-4 py-2 font-semibold text-white hover:bg-black disabled:opacity-60"
        >
          {t.download}
        </button>
        <button
          type="button"
          onClick={onCentre}
          className="border-navy text-navy rounded border bg-white px-4 py-2 font-semibold"
        >
          {t.centre}
        </button>
      </div>
    </div>
  );
}
