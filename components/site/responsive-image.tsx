type Image = {
  src: string;
  /** Our WebP renditions ("…/w480.webp 480w, …"), absent for images we keep as they are (SVG). */
  srcSet?: string;
  width?: number | null;
  height?: number | null;
};

/**
 * One of our images: the WebP renditions for browsers that take WebP, the original (JPEG, PNG,
 * GIF) for the others, width and height always set so nothing shifts while it loads. The
 * picture element takes no box of its own: the image's classes lay it out as before.
 */
export function ResponsiveImage({
  image,
  alt,
  sizes,
  className,
  priority = false,
  lazy = false,
}: {
  image: Image;
  alt: string;
  sizes: string;
  className?: string;
  /** The page's main image (an article's cover): fetched first. */
  priority?: boolean;
  /** Below the fold: fetched when the reader scrolls near it. */
  lazy?: boolean;
}) {
  return (
    <picture className="contents">
      {image.srcSet && <source type="image/webp" srcSet={image.srcSet} sizes={sizes} />}
      {}
      <img
        src={image.src}
        width={image.width ?? undefined}
        height={image.height ?? undefined}
        alt={alt}
        loading={lazy ? "lazy" : undefined}
        fetchPriority={priority ? "high" : undefined}
        decoding={priority ? undefined : "async"}
        className={className}
      />
    </picture>
  );
}
