import { NextResponse } from "next/server";
import { z } from "zod";
import { getActor } from "@/lib/auth";
import { can } from "@/lib/auth/permissions";
import { staffMessages } from "@/lib/i18n/messages/staff";
import { suggestTags } from "@/lib/taxonomy/tag-suggestions";

const QuerySchema = z.object({
  q: z.string().trim().min(1).max(100),
  limit: z.coerce.number().int().min(1).max(25).catch(10),
});

const reply = (status: number, body: object) =>
  NextResponse.json(body, { status, headers: { "Cache-Control": "private, no-store" } });

/**
 * Existing tags for the editor's tag box as a person types. A read that changes nothing, so no
 * Origin check; the session and article:create are checked here.
 */
export async function GET(request: Request) {
  const t = staffMessages().organising.tags;
  const actor = await getActor();
  if (!actor) return reply(401, { ok: false, message: t.signedOut });
  if (!can(actor, "article:create")) return reply(403, { ok: false, message: t.forbidden });
  const params = new URL(request.url).searchParams;
  const parsed = QuerySchema.safeParse({
    q: params.get("q") ?? "",
    limit: params.get("limit") ?? undefined,
  });
  if (!parsed.success) return reply(400, { ok: false, message: t.invalid });
  const items = await suggestTags(actor, parsed.data.q, parsed.data.limit);
  return reply(200, { ok: true, items });
}
