import { NextResponse } from "next/server";
import { getActor } from "@/lib/auth";
import { can } from "@/lib/auth/permissions";
import { isAppError } from "@/lib/errors";
import { flashCookie } from "@/lib/http/flash";
import { parseIdParam } from "@/lib/http/params";
import { isSameOrigin } from "@/lib/http/same-origin";
import { staffMessages } from "@/lib/i18n/messages/staff";
import { exportPetitionSignatures } from "@/lib/petitions/export";
import { ExportFormSchema } from "@/lib/petitions/staff-schemas";

const PRIVATE = { "Cache-Control": "private, no-store" };

/**
 * The signer export: a POST from the edit page's form (never a link, so no prefetch, crawler or
 * shared URL runs it), answered with the CSV as a download. A refusal goes back to the petition
 * with the reason in the signed flash cookie.
 */
export async function POST(request: Request, { params }: { params: Promise<{ id: string }> }) {
  const t = staffMessages().petitions.export;
  const id = parseIdParam((await params).id);
  const back = (message: string, status = 303) => {
    const location = id ? `/admin/petitions/${id}` : "/admin/petitions";
    const response = new NextResponse(null, {
      status,
      headers: { Location: location, ...PRIVATE },
    });
    const flash = flashCookie({ tone: "error", text: message });
    response.cookies.set(flash.name, flash.value, flash.options);
    return response;
  };

  if (!isSameOrigin(request)) {
    return new NextResponse(t.otherSite, {
      status: 403,
      headers: { "Content-Type": "text/plain; charset=utf-8", ...PRIVATE },
    });
  }
  const actor = await getActor();
  if (!actor) {
    const location = `/login?callbackUrl=${encodeURIComponent(id ? `/admin/petitions/${id}` : "/admin/petitions")}`;
    return new NextResponse(null, { status: 303, headers: { Location: location, ...PRIVATE } });
  }
  if (!can(actor, "petition:export")) return back(t.forbidden);
  if (!id) return back(t.failed);

  let form: FormData;
  try {
    form = await request.formData();
  } catch {
    return back(t.failed);
  }
  const parsed = ExportFormSchema.safeParse({
    includeEmails: form.get("includeEmails") ?? undefined,
  });
  if (!parsed.success) return back(t.failed);
  try {
    const { csv, filename } = await exportPetitionSignatures(actor, id, parsed.data);
    // The byte-order mark makes spreadsheet programs read the file as UTF-8 (Cyrillic names).
    return new NextResponse(`\uFEFF${csv}`, {
      status: 200,
      headers: {
        "Content-Type": "text/csv; charset=utf-8",
        "Content-Disposition": `attachment; filename="${filename}"`,
        "X-Content-Type-Options": "nosniff",
        ...PRIVATE,
      },
    });
  } catch (error) {
    if (isAppError(error)) return back(error.message);
    console.error("[petition export]", error);
    return back(t.failed);
  }
}
