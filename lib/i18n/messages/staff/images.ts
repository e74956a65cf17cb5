/** Images in the editor: uploads in place, the figure's alt text and caption, the media dialog. */
const imagesEn = {
  uploadButton: "Upload",
  uploadLabel: "Upload images into the article",
  uploading: (name: string, percent: number) => `Uploading “${name}”… ${percent}%`,
  uploadingLabel: (name: string) => `Upload of “${name}”`,
  processing: (name: string) => `Processing “${name}”…`,
  wrongType: (name: string) =>
    `“${name}” is not a JPEG, PNG, WebP or GIF image. Nothing was uploaded.`,
  tooLarge: (name: string, max: string) =>
    `“${name}” is larger than the limit of ${max}. Nothing was uploaded.`,
  failed: "The upload failed and nothing was saved.",
  connectionBroke: "The connection broke off.",
  retry: "Retry",
  dismiss: "Dismiss",
  signedOut: "Your session has ended. Sign in again in another tab, then retry.",
  forbidden: "You do not have permission to use the media library.",
  gone: "This image has been deleted.",
  figure: {
    image: "Image",
    alt: "Alt text",
    altHint: "What the image shows, for readers who cannot see it.",
    missingAlt: "No alt text yet: describe the image for readers who cannot see it.",
    caption: "Caption",
    remove: "Remove image",
  },
  dialog: {
    title: "Media library",
    coverTitle: "Choose a cover",
    search: "Search by name or alt text",
    searchButton: "Search",
    loading: "Loading images…",
    empty: "No images found.",
    emptyLibrary: "The media library is empty. Upload an image here.",
    pick: (label: string) => `Use “${label}”`,
    page: (page: number, count: number) => `Page ${page} of ${count}`,
    previous: "Previous page",
    next: "Next page",
    upload: "Upload new image",
    close: "Close",
    loadFailed: "The images could not be loaded. Try again.",
  },
  cover: {
    choose: "Choose cover…",
    change: "Change cover…",
    remove: "Remove",
    none: "No cover chosen.",
    chosen: "Chosen cover",
    selectLabel: "Cover image",
    current: "The current cover",
  },
};

export const imageSectionsEn = { images: imagesEn };
