/** The picture badge screen: a frame per language for the public /badge page, and its hashtag. */
const badgeEn = {
  title: "Picture badge",
  description:
    "Readers put their own photo inside the frame at /badge and download the result. Their photos never leave their devices: the site only serves the frame.",
  viewPage: "View the badge page",
  hashtag: "Hashtag",
  hashtagHint: "Shown on the page with the frame, such as #FreeAles. Leave it empty for none.",
  hashtagInvalid: "Use one word of letters, digits or _, such as #FreeAles.",
  hashtagTooLong: "Use at most 60 characters.",
  frameFor: (language: string) => `Frame for pages in ${language}`,
  currentAlt: (language: string) => `The current frame for ${language}`,
  noFrame: "No frame yet: the page says the campaign has not set up a badge.",
  fallsBack: (language: string) => `No frame of its own: the page shows the ${language} one.`,
  fromLibrary: "Frame from the media library",
  libraryHint: "PNG images of at least 400 × 400 pixels from the media library.",
  none: "No frame",
  option: (name: string, width: number, height: number) => `${name} (${width} × ${height})`,
  upload: "Or upload a new frame",
  uploadHint:
    "A PNG with a transparent middle, at least 400 × 400 pixels (1080 × 1080 suits most sites). It is added to the media library.",
  save: "Save badge",
  saved: "Saved: the badge page shows these frames now.",
  fixFrames: "A frame was refused and nothing was saved; the other choices are as you left them.",
  frameAlt: (language: string) => `Picture badge frame (${language})`,
  refusals: {
    notPng: "This file is not a PNG image. Save the frame as a PNG with transparency.",
    noAlpha:
      "This PNG has no transparency, so it would hide the photo. Export it with a transparent middle (an alpha channel).",
    opaque:
      "Every pixel of this PNG is opaque, so it would hide the photo. Make the middle transparent.",
    tooSmall: (width: number, height: number) =>
      `This image is ${width} × ${height} pixels; a frame needs at least 400 × 400.`,
    missing: "This image is no longer in the media library. Choose another one.",
  },
};

export const badgeSectionsEn = { badge: badgeEn };
