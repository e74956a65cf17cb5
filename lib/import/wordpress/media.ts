import { readFile, stat } from "node:fs/promises";
import path from "node:path";
import { getEnv } from "@/lib/env";
import type { BodyMedia } from "@/lib/import/wordpress/body";
import type { ImportContext } from "@/lib/import/wordpress/context";
import { originalUploadUrl } from "@/lib/import/wordpress/images";
import { contentHash, findImported, recordImported } from "@/lib/import/wordpress/imported";
import { plainText } from "@/lib/import/wordpress/mapping";
import { oldSitePath } from "@/lib/import/wordpress/old-paths";
import type { WxrPost } from "@/lib/import/wordpress/types";
import { storeImage } from "@/lib/media/service";
import { mediaPath } from "@/lib/urls";

const FETCH_TIMEOUT_MS = 10_000;
const FETCH_ATTEMPTS = 3;
const MAX_REDIRECTS = 3;

/** The key an image URL is found by: scheme, www. and size suffix ignored. */
export function mediaUrlKey(context: ImportContext, url: string): string {
  try {
    const parsed = new URL(originalUploadUrl(url), context.site.baseUrl);
    return `${parsed.hostname.replace(/^www\./, "")}${decodeURI(parsed.pathname)}`.toLowerCase();
  } catch {
    return url.toLowerCase();
  }
}

/** Where the file sits under wp-content/uploads ("2020/05/photo.jpg"). */
function uploadsPath(attachment: WxrPost): string | null {
  const attached = attachment.meta._wp_attached_file?.trim();
  if (attached) return attached;
  const match = /\/wp-content\/uploads\/(.+)$/.exec(attachment.attachmentUrl.split("?")[0] ?? "");
  return match?.[1] ? decodeURIComponent(match[1]) : null;
}

async function fromUploadsFolder(folder: string, relative: string): Promise<Buffer | null> {
  const root = path.resolve(folder);
  const file = path.resolve(root, relative);
  if (!file.startsWith(root + path.sep)) return null;
  const info = await stat(file).catch(() => null);
  if (!info?.isFile() || info.size > getEnv().MEDIA_MAX_BYTES) return null;
  return readFile(file);
}

const sameSite = (context: ImportContext, url: URL) =>
  /^https?:$/.test(url.protocol) &&
  url.hostname.replace(/^www\./, "") ===
    new URL(context.site.baseUrl).hostname.replace(/^www\./, "");

/**
 * Fetches a file from the old site: only from its own host (an export must not make this server
 * request addresses inside its network), a few attempts, a time limit and a size cap each.
 */
async function fromOldSite(context: ImportContext, address: string): Promise<Buffer | string> {
  const maxBytes = getEnv().MEDIA_MAX_BYTES;
  let url = new URL(address, context.site.baseUrl);
  let lastProblem = "not fetched";
  for (let attempt = 0, hops = 0; attempt < FETCH_ATTEMPTS; attempt += 1) {
    if (!sameSite(context, url)) return "not on the old site's host, so not fetched";
    try {
      const response = await fetch(url, {
        redirect: "manual",
        signal: AbortSignal.timeout(FETCH_TIMEOUT_MS),
      });
      const location = response.headers.get("location");
      if (response.status >= 300 && response.status < 400 && location && hops < MAX_REDIRECTS) {
        url = new URL(location, url);
        hops += 1;
        attempt -= 1;
        continue;
      }
      if (!response.ok) {
        lastProblem = `the old site answered ${response.status}`;
        if (response.status < 500) return lastProblem;
        continue;
      }
      if (Number(response.headers.get("content-length") ?? 0) > maxBytes)
        return "larger than the upload limit";
      const bytes = Buffer.from(await response.arrayBuffer());
      return bytes.length > maxBytes ? "larger than the upload limit" : bytes;
    } catch (error) {
      lastProblem = `could not be fetched (${(error as Error).name === "TimeoutError" ? "timed out" : "unreachable"})`;
    }
  }
  return lastProblem;
}

function remember(context: ImportContext, attachment: WxrPost, media: BodyMedia) {
  context.mediaById.set(attachment.id, media);
  if (attachment.attachmentUrl)
    context.mediaByUrl.set(mediaUrlKey(context, attachment.attachmentUrl), media);
}

/** One attachment: an image here, found in the uploads copy or fetched, or a line in the report. */
export async function importAttachment(context: ImportContext, attachment: WxrPost, label: string) {
  const { db, report } = context;
  const alt = plainText(attachment.meta._wp_attachment_image_alt ?? "", 500);
  const caption = plainText(attachment.excerpt, 500);
  const known = await findImported(db, context, "ATTACHMENT", attachment.id);
  const row =
    known &&
    (await db.media.findUnique({
      where: { id: known.targetId },
      select: { id: true, storageKey: true, width: true, height: true, altText: true },
    }));
  if (row) {
    report.counts.media.unchanged += 1;
    const src = mediaPath(row.storageKey);
    remember(context, attachment, {
      id: row.id,
      src,
      width: row.width,
      height: row.height,
      alt: row.altText,
      caption,
    });
    return;
  }
  const relative = uploadsPath(attachment);
  const folder = context.options.uploadsDir;
  let bytes: Buffer | string | null =
    folder && relative ? await fromUploadsFolder(folder, relative) : null;
  if (!bytes && context.options.dryRun) {
    report.counts.media.created += 1;
    return;
  }
  if (!bytes) {
    bytes = context.options.fetchMedia
      ? await fromOldSite(context, attachment.attachmentUrl)
      : folder
        ? "not in the uploads folder"
        : "no uploads folder given and fetching is off";
  }
  if (typeof bytes === "string") {
    report.counts.media.skipped += 1;
    context.missing(label, `${attachment.attachmentUrl}: ${bytes}; it keeps its old address`);
    return;
  }
  try {
    const name = path.basename(relative ?? attachment.attachmentUrl).slice(0, 255);
    const stored = await storeImage({ name, bytes }, { altText: alt, credit: "" }, null);
    await recordImported(
      db,
      context,
      "ATTACHMENT",
      attachment.id,
      stored.id,
      contentHash({ name }),
    );
    report.counts.media.created += 1;
    const src = mediaPath(stored.storageKey);
    remember(context, attachment, {
      id: stored.id,
      src,
      width: stored.width,
      height: stored.height,
      alt,
      caption,
    });
  } catch (error) {
    report.counts.media.skipped += 1;
    context.missing(label, `${attachment.attachmentUrl}: ${(error as Error).message}`);
  }
}

/** An attachment's own page on the old site, kept until the articles exist to point it at. */
export type AttachmentPage = {
  paths: (string | null)[];
  parentId: number;
  mediaSrc: string | null;
};

export function attachmentPage(context: ImportContext, attachment: WxrPost): AttachmentPage {
  return {
    paths: [oldSitePath(context, attachment.link), `/?attachment_id=${attachment.id}`],
    parentId: attachment.parentId,
    mediaSrc: context.mediaById.get(attachment.id)?.src ?? null,
  };
}
