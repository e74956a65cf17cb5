import { mkdtemp, rm, stat } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { staticExportSectionsEn } from "@/lib/i18n/messages/staff/static-export";
import { type CrawlResult, SiteUnreachableError, crawlSite } from "@/lib/static-export/crawl";
import { type MirrorContacts, mirrorFiles } from "@/lib/static-export/mirror-files";
import { MANIFEST_FILE } from "@/lib/static-export/manifest";
import { type WriteCounts, writeMirror } from "@/lib/static-export/write";
import { zipMirror } from "@/lib/static-export/zip";

export { SiteUnreachableError };

export type ExportProgress = { fraction: number; stage: string };

/** What an export did; kept as a job's report. */
export type ExportReport = WriteCounts & {
  /** Addresses the site links to that answered with an error (a sample of them). */
  missing: number;
  missingSample: string[];
  /** The zip's size, or null when no zip was asked for. */
  zipBytes: number | null;
  durationMs: number;
  /** Where the notes send readers to comment and sign: the site's own address (SITE_URL). */
  siteOrigin: string;
};

export type ExportOptions = {
  /** Where the site answers: a running production server of this site. */
  baseUrl: string | URL;
  /** The mirror's folder: created, or updated in place from its manifest. */
  folder: string;
  /** Where the zip goes; null for none. */
  zipFile: string | null;
  /** The top folder inside the zip. */
  zipRoot?: string;
  contacts?: MirrorContacts;
  onProgress?: (progress: ExportProgress) => void;
};

/** Shares of the progress bar: fetching is most of the time. */
const FETCH_SHARE = 0.75;
const WRITE_SHARE = 0.15;

/** The site's home page must answer: a mirror without it (a server restarting) is no mirror. */
function assertHome(crawl: CrawlResult, baseUrl: URL): void {
  if (!crawl.index.files.has("/")) {
    throw new SiteUnreachableError(`The home page at ${baseUrl.origin} answered with an error.`);
  }
}

/**
 * Exports the public site at `baseUrl` as static files into `folder` (see crawlSite, mirrorFiles
 * and writeMirror), then zips it. Nothing in the folder changes when the site could not be
 * fetched whole. A zip is made again only when a file changed or it is missing.
 */
export async function exportStaticSite(options: ExportOptions): Promise<ExportReport> {
  const started = Date.now();
  const t = staticExportSectionsEn.staticExport.stages;
  const baseUrl = new URL(options.baseUrl);
  let fraction = 0;
  const report = (share: number, stage: string) => {
    // Never backwards: more addresses are found while the crawl goes on.
    fraction = Math.max(fraction, Math.min(1, share));
    options.onProgress?.({ fraction, stage });
  };
  const staging = await mkdtemp(path.join(os.tmpdir(), "static-export-"));
  try {
    const crawl = await crawlSite({
      baseUrl,
      stagingDir: staging,
      onProgress: (done, found) => report((done / found) * FETCH_SHARE, t.fetching(done, found)),
    });
    assertHome(crawl, baseUrl);
    const total = crawl.fetched.length;
    let written = 0;
    const counts = await writeMirror(
      options.folder,
      mirrorFiles(crawl, baseUrl, options.contacts),
      () => {
        written += 1;
        report(FETCH_SHARE + (written / total) * WRITE_SHARE, t.writing(written, total));
      },
    );
    let zipBytes: number | null = null;
    if (options.zipFile) {
      const existing = await stat(options.zipFile).catch(() => null);
      if (existing?.isFile() && counts.written === 0 && counts.removed === 0) {
        zipBytes = existing.size;
        report(1, t.zipUnchanged);
      } else {
        const files = [...counts.hashes.keys(), MANIFEST_FILE];
        let zipped = 0;
        zipBytes = await zipMirror(options.folder, files, options.zipFile, {
          root: options.zipRoot,
          onFile: () => {
            zipped += 1;
            const share = FETCH_SHARE + WRITE_SHARE;
            report(share + (zipped / files.length) * (1 - share), t.zipping(zipped, files.length));
          },
        });
      }
    }
    return {
      files: counts.files,
      bytes: counts.bytes,
      written: counts.written,
      unchanged: counts.unchanged,
      removed: counts.removed,
      missing: crawl.missing.length,
      missingSample: crawl.missing.slice(0, 20),
      siteOrigin: crawl.siteOrigin,
      zipBytes,
      durationMs: Date.now() - started,
    };
  } finally {
    await rm(staging, { recursive: true, force: true });
  }
}
