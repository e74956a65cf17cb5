import { NextResponse } from "next/server";
import { z } from "zod";
import { AutosaveRequestSchema, autosaveArticle, discardAutosave } from "@/lib/articles/autosave";
import { getActor } from "@/lib/auth";
import { can } from "@/lib/auth/permissions";
import { isAppError } from "@/lib/errors";
import { FieldError } from "@/lib/errors";
import { readCappedBody } from "@/lib/http/read-capped-body";
import { isSameOrigin } from "@/lib/http/same-origin";
import { staffMessages } from "@/lib/i18n/messages/staff";

// A route handler rather than a server action: the editor flushes the last keystrokes with
// fetch(…, { keepalive: true }) while the tab closes, which a server action cannot do.

const MAX_BYTES = 2_000_000;

type Reply =
  | { ok: true; savedAt: string | null; articleId?: string; updatedAt?: string }
  | {
      ok: false;
      reason: "signedOut" | "forbidden" | "conflict" | "invalid" | "failed";
      message: string;
    };

const reply = (status: number, body: Reply) =>
  NextResponse.json(body, { status, headers: { "Cache-Control": "no-store" } });

async function guard(request: Request) {
  const t = staffMessages().autosave;
  if (!isSameOrigin(request)) {
    return { error: reply(403, { ok: false, reason: "forbidden", message: t.otherSite }) };
  }
  const actor = await getActor();
  if (!actor)
    return { error: reply(401, { ok: false, reason: "signedOut", message: t.signedOut }) };
  if (!can(actor, "article:create")) {
    return { error: reply(403, { ok: false, reason: "forbidden", message: t.forbidden }) };
  }
  return { actor };
}

function parseJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return null;
  }
}

/** Stores the editor's rolling autosave of an article (or creates a new one as a draft). */
export async function POST(request: Request) {
  const t = staffMessages().autosave;
  const { actor, error } = await guard(request);
  if (!actor) return error;
  const text = await readCappedBody(request, MAX_BYTES).catch(() => "");
  if (text === null) return reply(413, { ok: false, reason: "invalid", message: t.tooLarge });
  const parsed = AutosaveRequestSchema.safeParse(parseJson(text));
  if (!parsed.success) return reply(400, { ok: false, reason: "invalid", message: t.damaged });
  try {
    const { values, createKey } = parsed.data;
    const result = await autosaveArticle(actor, values, { createKey });
    if (!result.saved) return reply(200, { ok: true, savedAt: null });
    return reply(200, {
      ok: true,
      savedAt: result.savedAt.toISOString(),
      articleId: result.articleId,
      updatedAt: result.createdUpdatedAt?.toISOString(),
    });
  } catch (caught) {
    if (caught instanceof FieldError) {
      return reply(422, { ok: false, reason: "invalid", message: caught.message });
    }
    if (isAppError(caught)) {
      const conflict = caught.code === "CONFLICT";
      return reply(conflict ? 409 : caught.code === "FORBIDDEN" ? 403 : 422, {
        ok: false,
        reason: conflict ? "conflict" : caught.code === "FORBIDDEN" ? "forbidden" : "invalid",
        message: caught.message,
      });
    }
    console.error("[autosave]", caught);
    return reply(500, { ok: false, reason: "failed", message: t.failed });
  }
}

/** Discards the editor's own autosave of an article ("Discard" on the restore offer). */
export async function DELETE(request: Request) {
  const { actor, error } = await guard(request);
  if (!actor) return error;
  const articleId = z
    .string()
    .trim()
    .min(1)
    .max(64)
    .safeParse(new URL(request.url).searchParams.get("articleId"));
  if (!articleId.success) {
    return reply(400, { ok: false, reason: "invalid", message: staffMessages().autosave.damaged });
  }
  await discardAutosave(actor, articleId.data);
  return reply(200, { ok: true, savedAt: null });
}
