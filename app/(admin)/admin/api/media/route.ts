import { NextResponse } from "next/server";
import { z } from "zod";
import { getActor } from "@/lib/auth";
import { can } from "@/lib/auth/permissions";
import { staffMessages } from "@/lib/i18n/messages/staff";
import { getMediaChoice, listMediaForAdmin, toMediaChoice } from "@/lib/media/queries";

/** How many images the editor's media dialog shows at once. */
const DIALOG_PAGE_SIZE = 12;

const QuerySchema = z.object({
  id: z.string().min(1).max(64).optional(),
  q: z
    .string()
    .trim()
    .transform((value) => value.slice(0, 200))
    .optional(),
  page: z.coerce.number().int().min(1).max(10_000).catch(1),
});

const reply = (status: number, body: object) =>
  NextResponse.json(body, { status, headers: { "Cache-Control": "private, no-store" } });

/**
 * One page of the media library for the editor's media dialog, newest first, optionally filtered
 * by name or alt text; or, with `id`, that one image (the chosen cover's thumbnail). A read that
 * changes nothing, so no Origin check; the session and media:upload are checked here.
 */
export async function GET(request: Request) {
  const t = staffMessages().images;
  const actor = await getActor();
  if (!actor) return reply(401, { ok: false, message: t.signedOut });
  if (!can(actor, "media:upload")) return reply(403, { ok: false, message: t.forbidden });
  const params = new URL(request.url).searchParams;
  const parsed = QuerySchema.safeParse({
    id: params.get("id") ?? undefined,
    q: params.get("q") ?? undefined,
    page: params.get("page") ?? undefined,
  });
  if (!parsed.success) return reply(400, { ok: false, message: t.gone });
  const query = parsed.data;
  if (query.id) {
    const image = await getMediaChoice(actor, query.id);
    return image ? reply(200, { ok: true, image }) : reply(404, { ok: false, message: t.gone });
  }
  const library = await listMediaForAdmin(actor, {
    q: query.q || undefined,
    page: query.page,
    pageSize: DIALOG_PAGE_SIZE,
  });
  return reply(200, {
    ok: true,
    items: library.items.map(toMediaChoice),
    page: library.page,
    pageCount: library.pageCount,
    total: library.total,
  });
}
