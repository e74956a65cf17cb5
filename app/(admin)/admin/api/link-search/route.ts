import { NextResponse } from "next/server";
import { z } from "zod";
import { getActor } from "@/lib/auth";
import { can } from "@/lib/auth/permissions";
import { searchLinkTargets } from "@/lib/editor/link-search";
import { staffMessages } from "@/lib/i18n/messages/staff";

const QuerySchema = z.object({
  q: z
    .string()
    .trim()
    .transform((value) => value.slice(0, 200)),
  lang: z.string().max(8).optional(),
});

const reply = (status: number, body: object) =>
  NextResponse.json(body, { status, headers: { "Cache-Control": "private, no-store" } });

/**
 * The link dialog's search over this site's published articles, pages and people. A read that
 * changes nothing, so no Origin check; the session and article:create are checked here.
 */
export async function GET(request: Request) {
  const t = staffMessages().linkDialog;
  const actor = await getActor();
  if (!actor) return reply(401, { ok: false, message: t.signedOut });
  if (!can(actor, "article:create")) return reply(403, { ok: false, message: t.forbidden });
  const params = new URL(request.url).searchParams;
  const parsed = QuerySchema.safeParse({
    q: params.get("q") ?? "",
    lang: params.get("lang") ?? undefined,
  });
  if (!parsed.success) return reply(400, { ok: false, message: t.searchFailed });
  const items = await searchLinkTargets(actor, parsed.data.q, parsed.data.lang);
  return reply(200, { ok: true, items });
}
