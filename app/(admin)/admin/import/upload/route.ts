import { rm } from "node:fs/promises";
import path from "node:path";
import { NextResponse } from "next/server";
import { getActor } from "@/lib/auth";
import { can } from "@/lib/auth/permissions";
import { getEnv } from "@/lib/env";
import { isAppError } from "@/lib/errors";
import { flashCookie } from "@/lib/http/flash";
import { isSameOrigin } from "@/lib/http/same-origin";
import { staffMessages } from "@/lib/i18n/messages/staff";
import { formatImportSize } from "@/lib/i18n/messages/staff/import";
import { startImportRunner } from "@/lib/import/wordpress/job-runner";
import { IMPORT_MAX_BYTES, ImportUploadFieldsSchema } from "@/lib/import/wordpress/job-schemas";
import { createImportJob } from "@/lib/import/wordpress/jobs";
import { UploadRefusedError, receiveExportUpload } from "@/lib/import/wordpress/upload";

type Reply = { ok: boolean; message: string; location?: string };

/**
 * Receives a WordPress export, streamed to DATA_DIR/imports (never held in memory), queues its
 * import and starts the runner. The plain form (no JavaScript) gets a redirect: to the import's
 * page, or back to the form with the reason; the page's script asks for JSON.
 */
export async function POST(request: Request) {
  const t = staffMessages().imports.upload;
  const wantsJson = (request.headers.get("accept") ?? "").includes("application/json");
  const reply = (status: number, body: Reply) => {
    if (wantsJson) return NextResponse.json(body, { status });
    // A path, never request.url: behind the front that names a private port.
    const location = body.location ?? "/admin/import";
    const response = new NextResponse(null, { status: 303, headers: { Location: location } });
    if (!body.ok) {
      const flash = flashCookie({ tone: "error", text: body.message });
      response.cookies.set(flash.name, flash.value, flash.options);
    }
    return response;
  };

  if (!isSameOrigin(request)) return reply(403, { ok: false, message: t.otherSite });
  const actor = await getActor();
  if (!actor) return reply(401, { ok: false, message: t.sessionEnded });
  if (!can(actor, "import:run")) return reply(403, { ok: false, message: t.forbidden });
  const tooLarge = t.tooLarge(formatImportSize(IMPORT_MAX_BYTES));
  // The form adds a little around the file; a body far beyond the limit is refused unread.
  if (Number(request.headers.get("content-length") ?? 0) > IMPORT_MAX_BYTES + 64 * 1024)
    return reply(413, { ok: false, message: tooLarge });

  let upload: Awaited<ReturnType<typeof receiveExportUpload>>;
  try {
    upload = await receiveExportUpload(request, {
      dir: path.resolve(getEnv().DATA_DIR, "imports"),
      maxBytes: IMPORT_MAX_BYTES,
    });
  } catch (error) {
    if (!(error instanceof UploadRefusedError)) {
      console.error("[import upload]", error);
      return reply(500, { ok: false, message: t.failed });
    }
    const messages = {
      noFile: t.chooseFile,
      notXml: t.notXml,
      tooLarge,
      incomplete: t.incomplete,
    };
    return reply(error.reason === "tooLarge" ? 413 : 400, {
      ok: false,
      message: messages[error.reason],
    });
  }
  const fields = ImportUploadFieldsSchema.safeParse(upload.fields);
  if (!fields.success) {
    await rm(upload.file.path, { force: true });
    return reply(400, { ok: false, message: fields.error.issues[0]?.message ?? t.failed });
  }
  try {
    const job = await createImportJob(actor, upload.file, fields.data);
    // Fire and forget: the import runs on in this process after the answer is sent.
    startImportRunner();
    return reply(201, {
      ok: true,
      message: t.queued(upload.file.name),
      location: `/admin/import/${job.id}`,
    });
  } catch (error) {
    await rm(upload.file.path, { force: true });
    if (isAppError(error)) return reply(403, { ok: false, message: error.message });
    console.error("[import upload]", error);
    return reply(500, { ok: false, message: t.failed });
  }
}
