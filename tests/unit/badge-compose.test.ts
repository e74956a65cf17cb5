import { describe, expect, it } from "vitest";
import { CENTRED, clampView, photoRect, zoomTo } from "@/lib/badge/compose";

const frame = { width: 1080, height: 1080 };
const landscape = { width: 1600, height: 1200 };

describe("the photo under the badge frame", () => {
  it("covers the whole frame at zoom 1, centred, however the photo is shaped", () => {
    expect(photoRect(CENTRED, landscape, frame)).toEqual({
      left: -180,
      top: 0,
      width: 1440,
      height: 1080,
    });
    const portrait = photoRect(CENTRED, { width: 600, height: 900 }, frame);
    expect(portrait.width).toBe(1080);
    expect(portrait.height).toBe(1620);
    expect(portrait.top).toBe(-270);
  });

  it("never moves so far that the frame's edge shows past the photo", () => {
    expect(clampView({ zoom: 1, x: 5000, y: -5000 }, landscape, frame)).toEqual({
      zoom: 1,
      x: 180,
      y: 0,
    });
    const zoomed = clampView({ zoom: 2, x: -5000, y: 5000 }, landscape, frame);
    expect(zoomed).toEqual({ zoom: 2, x: -900, y: 540 });
    const rect = photoRect(zoomed, landscape, frame);
    expect(rect.left + rect.width).toBe(frame.width);
    expect(rect.top).toBe(0);
  });

  it("keeps zoom between 1 and 4", () => {
    expect(clampView({ zoom: 0.2, x: 0, y: 0 }, landscape, frame).zoom).toBe(1);
    expect(clampView({ zoom: 9, x: 0, y: 0 }, landscape, frame).zoom).toBe(4);
  });

  it("zooms around the frame's centre: the point of the photo there stays there", () => {
    const view = { zoom: 1.5, x: 100, y: 50 };
    const before = photoRect(view, landscape, frame);
    const after = photoRect(zoomTo(view, 3, landscape, frame), landscape, frame);
    const atCentre = (rect: typeof before) => ({
      u: (frame.width / 2 - rect.left) / rect.width,
      v: (frame.height / 2 - rect.top) / rect.height,
    });
    expect(atCentre(after).u).toBeCloseTo(atCentre(before).u, 10);
    expect(atCentre(after).v).toBeCloseTo(atCentre(before).v, 10);
  });
});
