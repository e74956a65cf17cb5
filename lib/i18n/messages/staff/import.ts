const number = (value: number) => value.toLocaleString("en");

/** 1.5 GB, 500 MB, 62 KB: an export's size as people read it. */
export function formatImportSize(bytes: number): string {
  if (bytes >= 1024 ** 3) return `${(bytes / 1024 ** 3).toFixed(1).replace(/\.0$/, "")} GB`;
  if (bytes >= 1024 ** 2) return `${Math.round(bytes / 1024 ** 2)} MB`;
  return `${Math.max(1, Math.round(bytes / 1024))} KB`;
}

/** Moving a WordPress site here: the upload, the queue of imports and each import's report. */
const importsEn = {
  title: "Import from WordPress",
  description:
    "Moves a WordPress site here from its export file (Tools → Export → All content in WordPress).",
  explanation: [
    "Posts and pages come with their categories, tags, regions, cover images, comment threads and authors; drafts stay drafts, and the old addresses (/2020/05/story/, /?p=123) become redirects to the new ones.",
    "Images are copied from the old site while it is still online. Running the same file again updates what changed and duplicates nothing.",
    "Try it first with “Dry run”: it reads the whole file and reports what it would do, writing nothing.",
  ],
  upload: {
    heading: "Upload an export",
    file: "WordPress export file (.xml)",
    fileHint: (max: string) => `Up to ${max}. Large exports take a few minutes to upload.`,
    dryRun: "Dry run: report what would be imported, change nothing",
    authors: "Authors",
    authorsMine: "Put every item under my name",
    authorsWordPress: "Create an inactive author account for each WordPress author",
    authorsHint:
      "Inactive accounts cannot sign in until an admin activates them and they set a password.",
    submit: "Upload and import",
    uploading: (percent: number) => `Uploading: ${percent}%`,
    otherSite: "This upload did not come from this site's own page, so it was refused.",
    sessionEnded: "Your session has ended. Sign in again, then upload the file again.",
    forbidden: "Only admins can import.",
    chooseFile: "Choose the export file first.",
    notXml:
      "This file is not XML, so it is not a WordPress export. In WordPress, use Tools → Export and upload the .xml file it gives.",
    tooLarge: (max: string) => `The file is larger than ${max}, the most this site accepts.`,
    incomplete: "The upload did not arrive whole (the connection broke?). Please try again.",
    chooseAuthors: "Choose who the imported items belong to.",
    failed: "The upload could not be saved. Please try again.",
    connectionBroke: "The connection broke during the upload. Please try again.",
    queued: (name: string) => `Uploaded ${name}: the import is queued.`,
  },
  list: {
    heading: "Imports",
    caption: "Past and current imports",
    none: "Nothing has been imported yet.",
    file: "File",
    status: "Status",
    started: "Uploaded",
    by: "By",
    unknownPerson: "—",
    dryRun: "dry run",
  },
  status: { QUEUED: "Queued", RUNNING: "Running", DONE: "Done", FAILED: "Failed" },
  job: {
    title: (name: string) => `Import of ${name}`,
    back: "All imports",
    summary: (size: string, by: string | null, isDryRun: boolean) =>
      `${size}${by ? `, uploaded by ${by}` : ""}${isDryRun ? " — dry run: nothing is written" : ""}`,
    progress: "Progress",
    percent: (percent: number) => `${percent}%`,
    queuedStage: "Waiting to start",
    doneStage: "Finished",
    waitingStage: "Waiting for another import on this site (maybe from the command line) to end",
    reloadNote:
      "This page follows the import as it runs; you can leave it and come back at any time.",
    failedHeading: "The import stopped",
    retry: "Try again",
    retrying: "Queuing…",
    retried: "Queued again.",
    retryNote:
      "It runs the whole file again: items already imported are updated, none are duplicated.",
    fileGone: "The uploaded file has been deleted; to try again, upload the export again.",
    notFailed: "Only a failed import can be tried again.",
    started: "Started",
    finished: "Finished",
    attempts: (count: number) => (count === 1 ? "1 attempt" : `${count} attempts`),
  },
  errors: {
    tooManyAttempts: (count: number) =>
      `The import stopped ${count} times without finishing (the server restarted or ran out of memory while it ran). Items imported before are kept; try again when the server is quieter, or run it from the command line (npm run import:wordpress).`,
    fileMissing: "The uploaded file is no longer on the server; upload the export again.",
    unexpected:
      "The import stopped on an unexpected error; the server's log has the details. Items imported before it are kept.",
  },
  report: {
    heading: (isDryRun: boolean) => (isDryRun ? "What the import would do" : "Report"),
    site: (site: string, version: string) => `From ${site} (WXR ${version})`,
    duration: (seconds: string, size: string) => `Read ${size} in ${seconds} s`,
    countsCaption: "Items created, updated, unchanged and skipped",
    kind: "Kind",
    created: "Created",
    updated: "Updated",
    unchanged: "Unchanged",
    skipped: "Skipped",
    kinds: {
      posts: "Posts",
      pages: "Pages",
      comments: "Comments",
      media: "Images",
      terms: "Categories, tags, regions",
      authors: "Authors",
      redirects: "Redirects",
    },
    skippedByStatus: "Not imported because of their status or type",
    otherTaxonomies: "Taxonomies with no place here (terms in each)",
    unknownShortcodes: "Shortcodes left as text (times seen)",
    missingMedia: (count: number) =>
      `Images not found (${number(count)}): they keep their old address`,
    problems: (count: number) => `Notes (${number(count)})`,
    more: (count: number) => `… and ${number(count)} more`,
    translations: (count: number) =>
      count === 1 ? "1 translation group linked" : `${number(count)} translation groups linked`,
  },
};

export const importSectionsEn = { imports: importsEn };
