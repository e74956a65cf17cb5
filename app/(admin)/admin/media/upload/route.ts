import { NextResponse } from "next/server";
import { getActor } from "@/lib/auth";
import { can } from "@/lib/auth/permissions";
import { getEnv } from "@/lib/env";
import { isAppError } from "@/lib/errors";
import { flashCookie } from "@/lib/http/flash";
import { isSameOrigin } from "@/lib/http/same-origin";
import { formatBytes } from "@/lib/media/processing";
import { MediaDetailsSchema } from "@/lib/media/schemas";
import { toMediaChoice } from "@/lib/media/queries";
import { uploadMedia } from "@/lib/media/service";
import { revalidateMedia } from "@/lib/revalidate";
import { staffMessages } from "@/lib/i18n/messages/staff";

type Reply = {
  ok: boolean;
  message: string;
  id?: string;
  image?: ReturnType<typeof toMediaChoice>;
};

/**
 * Receives one image: from the media page's and the editor's scripts (XMLHttpRequest, for the
 * progress bar, answered with JSON that carries the new image's sources) or from the plain form
 * without JavaScript (answered with a redirect back).
 */
export async function POST(request: Request) {
  const t = staffMessages().media.upload;
  const wantsJson = (request.headers.get("accept") ?? "").includes("application/json");
  const reply = (status: number, body: Reply) => {
    if (wantsJson) return NextResponse.json(body, { status });
    // Back to the library with the message in a signed cookie, never in the address; the
    // Location is a path, since behind the front request.url names a private port.
    const response = new NextResponse(null, { status: 303, headers: { Location: "/admin/media" } });
    const flash = flashCookie({ tone: body.ok ? "done" : "error", text: body.message });
    response.cookies.set(flash.name, flash.value, flash.options);
    return response;
  };

  if (!isSameOrigin(request)) {
    return reply(403, { ok: false, message: t.otherSite });
  }
  const actor = await getActor();
  if (!actor) {
    return reply(401, { ok: false, message: t.sessionEnded });
  }
  if (!can(actor, "media:upload")) {
    return reply(403, { ok: false, message: t.forbidden });
  }
  const maxBytes = getEnv().MEDIA_MAX_BYTES;
  const declared = Number(request.headers.get("content-length") ?? 0);
  // Multipart adds a little around the file; anything far beyond the limit is refused unread.
  if (declared > maxBytes + 64 * 1024) {
    return reply(413, { ok: false, message: t.tooLarge(formatBytes(maxBytes)) });
  }
  let form: FormData;
  try {
    form = await request.formData();
  } catch {
    return reply(400, { ok: false, message: t.incomplete });
  }
  const file = form.get("file");
  if (!(file instanceof File) || file.size === 0) {
    return reply(400, { ok: false, message: t.chooseFile });
  }
  const details = MediaDetailsSchema.safeParse({
    altText: form.get("altText") ?? "",
    credit: form.get("credit") ?? "",
  });
  if (!details.success) {
    return reply(400, { ok: false, message: details.error.issues[0]?.message ?? t.checkFields });
  }
  try {
    const media = await uploadMedia(
      actor,
      { name: file.name, bytes: Buffer.from(await file.arrayBuffer()) },
      details.data,
    );
    revalidateMedia();
    const image = toMediaChoice({ ...media, ...details.data, originalName: file.name });
    return reply(201, { ok: true, id: media.id, image, message: t.uploaded(file.name) });
  } catch (error) {
    if (isAppError(error)) return reply(400, { ok: false, message: error.message });
    console.error("[media upload]", error);
    return reply(500, { ok: false, message: t.failed });
  }
}
