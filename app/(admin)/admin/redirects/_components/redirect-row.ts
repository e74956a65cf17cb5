import type { RedirectListRow } from "@/app/(admin)/admin/redirects/_components/redirect-list";
import { staffMessages } from "@/lib/i18n/messages/staff";
import type { AdminRedirect } from "@/lib/redirects/queries";

/** A stored path as a person reads it: `/%D0%BD…` shows as `/н…` (left as it is if not valid). */
export function readablePath(path: string): string {
  try {
    return decodeURI(path);
  } catch {
    return path;
  }
}

/** What the list and the edit page show of a redirect's target. */
export function toListRow(redirect: AdminRedirect): RedirectListRow {
  const t = staffMessages().redirects;
  const { target } = redirect;
  const targetLabel =
    target.kind === "article"
      ? target.articleKind === "PAGE"
        ? t.page(target.title)
        : t.article(target.title)
      : target.kind === "term"
        ? t.term(target.name)
        : null;
  return {
    id: redirect.id,
    fromPath: redirect.fromPath,
    source: redirect.source,
    hits: redirect.hits,
    lastHitAt: redirect.lastHitAt?.toISOString() ?? null,
    targetLabel,
    targetPath: target.path,
    targetText: readablePath(target.path),
    isTargetPublic: target.kind !== "article" || target.isPublic,
  };
}
