/** The frame on a checkerboard, so its transparent middle shows as such. */
export function FramePreview({
  frame,
  alt,
}: {
  frame: { src: string; width: number; height: number };
  alt: string;
}) {
  return (
    // eslint-disable-next-line @next/next/no-img-element -- the frame as it is, full size for download
    <img
      src={frame.src}
      width={frame.width}
      height={frame.height}
      alt={alt}
      className="border-line block h-auto w-full max-w-md rounded border bg-[repeating-conic-gradient(#e5e2db_0_25%,#ffffff_0_50%)] bg-size-[20px_20px]"
    />
  );
}
