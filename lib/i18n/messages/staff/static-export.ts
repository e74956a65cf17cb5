const number = (value: number) => value.toLocaleString("en");

/** A static mirror of the public site: the button, its progress, the zip and the last counts. */
const staticExportEn = {
  title: "Static mirror",
  description:
    "A copy of the whole public site as plain files, for mirrors when the site is blocked.",
  explanation: [
    "The export fetches every public page, feed, picture and style sheet from this site, as a reader without an account sees them, and saves them as files that work from any web server, from any folder, and opened straight from a computer's disk.",
    "Readers cannot comment or sign petitions in the copy: those places say where to do it on the main site. Search in the copy works in the browser, with JavaScript.",
    "Put the zip on another server, give it to Ceno or Ouinet users, or pass it around: unzipped, open index.html. Each export updates only the files that changed.",
  ],
  start: "Export a static mirror",
  starting: "Starting…",
  started: "The export has started.",
  alreadyRunning: "An export is already running: wait for it to finish.",
  forbidden: "Only admins and editors can export the site.",
  signedOut: "Your session has ended. Sign in again, then download the zip.",
  progress: "Progress",
  percent: (value: number) => `${value}%`,
  reloadNote: "This page updates itself while the export runs.",
  queuedStage: "Waiting to start",
  doneStage: "Finished",
  status: { QUEUED: "Queued", RUNNING: "Running", DONE: "Done", FAILED: "Failed" },
  stages: {
    fetching: (done: number, found: number) =>
      `Fetching the site: ${number(done)} of ${number(found)} addresses found so far`,
    writing: (done: number, total: number) => `Writing files: ${number(done)} of ${number(total)}`,
    zipping: (done: number, total: number) => `Making the zip: ${number(done)} of ${number(total)}`,
    zipUnchanged: "Nothing changed: the zip stays as it was",
  },
  last: {
    heading: "Last export",
    none: "The site has not been exported yet.",
    finished: "Finished",
    started: "Started",
    by: "By",
    files: "Files",
    written: "Written",
    unchanged: "Unchanged",
    removed: "Removed",
    missing: "Linked but missing",
    size: "Size",
    download: (size: string) => `Download the zip (${size})`,
    localSite: (origin: string) =>
      `The site calls itself ${origin}, an address only this server can open (SITE_URL is not set): the mirror's notes send readers there to comment and sign. Set SITE_URL to the site's public address, restart the site and export again.`,
    zipGone:
      "The zip is not on this server any more (it runs on another instance, or DATA_DIR was emptied). Export again to make a new one.",
  },
  failed: {
    heading: "The last export failed",
    attempts: (count: number) => `Tried ${count} ${count === 1 ? "time" : "times"}.`,
    unreachable:
      "The export could not fetch this site's own pages (http://127.0.0.1 on its PORT). Check that the server answers there, then export again.",
    unexpected:
      "The export stopped with an unexpected error; it is in the server's log. Export again, and if it keeps failing, tell the site administrator.",
    tooManyAttempts: (count: number) =>
      `The export was started ${count} times and its server stopped each time; it will not be tried again. Export again to start over.`,
  },
};

export const staticExportSectionsEn = { staticExport: staticExportEn };
