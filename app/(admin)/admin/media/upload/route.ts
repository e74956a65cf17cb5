import { NextResponse } from "next/server";
import { getActor } from "@/lib/auth";
import { can } from "@/lib/auth/permissions";
import { getEnv } from "@/lib/env";
import { isAppError } from "@/lib/errors";
import { flashCookie } from "@/lib/http/flash";
import { isSameOrigin } from "@/lib/http/same-origin";
import { formatBytes } from "@/lib/media/processing";
import { MediaDetailsSchema } from "@/lib/media/schemas";
import { uploadMedia } from "@/lib/media/service";
import { revalidateMedia } from "@/lib/revalidate";

/**
 * Receives one image: from the media page's script (XMLHttpRequest, for the progress bar, answered
 * with JSON) or from the plain form without JavaScript (answered with a redirect back).
 */
export async function POST(request: Request) {
  const wantsJson = (request.headers.get("accept") ?? "").includes("application/json");
  const reply = (status: number, body: { ok: boolean; message: string; id?: string }) => {
    if (wantsJson) return NextResponse.json(body, { status });
    // Back to the library with the message in a signed cookie, never in the address; the
    // Location is a path, since behind the front request.url names a private port.
    const response = new NextResponse(null, { status: 303, headers: { Location: "/admin/media" } });
    const flash = flashCookie({ tone: body.ok ? "done" : "error", text: body.message });
    response.cookies.set(flash.name, flash.value, flash.options);
    return response;
  };

  if (!isSameOrigin(request)) {
    return reply(403, { ok: false, message: "Uploads are only accepted from this site." });
  }
  const actor = await getActor();
  if (!actor) {
    return reply(401, { ok: false, message: "Your session has ended. Sign in again, then retry." });
  }
  if (!can(actor, "media:upload")) {
    return reply(403, { ok: false, message: "You do not have permission to upload images." });
  }
  const maxBytes = getEnv().MEDIA_MAX_BYTES;
  const declared = Number(request.headers.get("content-length") ?? 0);
  // Multipart adds a little around the file; anything far beyond the limit is refused unread.
  if (declared > maxBytes + 64 * 1024) {
    return reply(413, {
      ok: false,
      message: `The file is larger than the limit of ${formatBytes(maxBytes)}. Nothing was saved.`,
    });
  }
  let form: FormData;
  try {
    form = await request.formData();
  } catch {
    return reply(400, { ok: false, message: "The upload was incomplete. Please try again." });
  }
  const file = form.get("file");
  if (!(file instanceof File) || file.size === 0) {
    return reply(400, { ok: false, message: "Choose an image file to upload." });
  }
  const details = MediaDetailsSchema.safeParse({
    altText: form.get("altText") ?? "",
    credit: form.get("credit") ?? "",
  });
  if (!details.success) {
    return reply(400, {
      ok: false,
      message: details.error.issues[0]?.message ?? "Check the fields.",
    });
  }
  try {
    const media = await uploadMedia(
      actor,
      { name: file.name, bytes: Buffer.from(await file.arrayBuffer()) },
      details.data,
    );
    revalidateMedia();
    return reply(201, { ok: true, id: media.id, message: `"${file.name}" was uploaded.` });
  } catch (error) {
    if (isAppError(error)) return reply(400, { ok: false, message: error.message });
    console.error("[media upload]", error);
    return reply(500, {
      ok: false,
      message: "The upload failed and nothing was saved. Please try again.",
    });
  }
}
