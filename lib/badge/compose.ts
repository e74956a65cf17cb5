/**
 * The photo's place under the frame, in the frame's own pixels: `zoom` 1 is the smallest size
 * that still covers the whole frame, and (x, y) moves the photo's centre away from the frame's.
 * Pure, so the preview, the download and the tests agree.
 */
export type View = { zoom: number; x: number; y: number };
type Size = { width: number; height: number };

export const MIN_ZOOM = 1;
export const MAX_ZOOM = 4;

export const CENTRED: View = { zoom: 1, x: 0, y: 0 };

// `|| 0`: no -0, which reads as a move in tests and logs.
const clamp = (value: number, limit: number) => Math.min(limit, Math.max(-limit, value)) || 0;

/** The view kept inside its bounds: zoom within range, and no gap between photo and frame edge. */
export function clampView(view: View, photo: Size, frame: Size): View {
  const zoom = Math.min(MAX_ZOOM, Math.max(MIN_ZOOM, view.zoom));
  const { width, height } = photoRect({ zoom, x: 0, y: 0 }, photo, frame);
  return {
    zoom,
    x: clamp(view.x, (width - frame.width) / 2),
    y: clamp(view.y, (height - frame.height) / 2),
  };
}

/** Where the photo is drawn in the frame's pixels. */
export function photoRect(view: View, photo: Size, frame: Size) {
  const scale = Math.max(frame.width / photo.width, frame.height / photo.height) * view.zoom;
  const width = photo.width * scale;
  const height = photo.height * scale;
  return {
    left: (frame.width - width) / 2 + view.x,
    top: (frame.height - height) / 2 + view.y,
    width,
    height,
  };
}

/** A new zoom around the frame's centre: the point of the photo there stays there. */
export function zoomTo(view: View, zoom: number, photo: Size, frame: Size): View {
  const ratio = Math.min(MAX_ZOOM, Math.max(MIN_ZOOM, zoom)) / view.zoom;
  return clampView({ zoom: view.zoom * ratio, x: view.x * ratio, y: view.y * ratio }, photo, frame);
}

/**
 * Paints the photo, then the frame over it, onto a canvas `scale` times the frame's size (1 for
 * the download, less for a preview of a large frame).
 */
export function paintBadge(
  context: CanvasRenderingContext2D,
  photo: CanvasImageSource & Size,
  frame: CanvasImageSource,
  frameSize: Size,
  view: View,
  scale = 1,
): void {
  const rect = photoRect(view, photo, frameSize);
  context.setTransform(scale, 0, 0, scale, 0, 0);
  context.clearRect(0, 0, frameSize.width, frameSize.height);
  context.imageSmoothingQuality = "high";
  context.drawImage(photo, rect.left, rect.top, rect.width, rect.height);
  context.drawImage(frame, 0, 0, frameSize.width, frameSize.height);
}
