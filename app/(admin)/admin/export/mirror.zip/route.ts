import { createReadStream } from "node:fs";
import { Readable } from "node:stream";
import { getActor } from "@/lib/auth";
import { can } from "@/lib/auth/permissions";
import { staffMessages } from "@/lib/i18n/messages/staff";
import { findExportZip } from "@/lib/static-export/job-queries";
import { EXPORT_PERMISSION } from "@/lib/static-export/jobs";

export const dynamic = "force-dynamic";

const text = (status: number, body: string) =>
  new Response(body, {
    status,
    headers: { "Content-Type": "text/plain; charset=utf-8", "Cache-Control": "private, no-store" },
  });

/**
 * The last export's zip, for a signed-in admin or editor: streamed from this instance's
 * DATA_DIR, never kept by a cache.
 */
export async function GET() {
  const t = staffMessages().staticExport;
  const actor = await getActor();
  if (!actor) return text(401, t.signedOut);
  if (!can(actor, EXPORT_PERMISSION)) return text(403, t.forbidden);
  const zip = await findExportZip();
  if (!zip) return text(404, t.last.zipGone);
  const body = Readable.toWeb(createReadStream(zip.file)) as ReadableStream<Uint8Array>;
  return new Response(body, {
    headers: {
      "Content-Type": "application/zip",
      "Content-Length": String(zip.size),
      "Content-Disposition": 'attachment; filename="mirror.zip"',
      "Cache-Control": "private, no-store",
    },
  });
}
