import "server-only";
import { recordAudit } from "@/lib/audit";
import { type Actor, assertCan } from "@/lib/auth/permissions";
import { getDb } from "@/lib/db";
import { AppError, FieldError } from "@/lib/errors";
import { Prisma } from "@/lib/generated/prisma/client";
import { type Lang, isLang } from "@/lib/i18n/languages";
import { splitLanguagePrefix } from "@/lib/i18n/locale";
import { staffMessages } from "@/lib/i18n/messages/staff";
import { revalidateRedirects } from "@/lib/revalidate";
import { normalizeRedirectPath } from "@/lib/redirects/paths";
import { classifyPath } from "@/lib/redirects/routes";
import type { RedirectInput } from "@/lib/redirects/schemas";
import { type ResolvedTarget, resolveSitePath, toSitePath } from "@/lib/redirects/target-input";
import { getSiteSettings } from "@/lib/settings/queries";

type Tx = Prisma.TransactionClient;
type Site = { defaultLanguage: Lang };

const errors = () => staffMessages().redirects.errors;

/** Staff changes to redirects one at a time, so two of them cannot close a loop together. */
const lockRedirects = (tx: Tx) =>
  tx.$executeRaw`SELECT pg_advisory_xact_lock(hashtextextended('redirects:staff', 0))`;

/** Whether a published background page holds a one-segment address (it wins over a redirect). */
async function isPageAddress(tx: Tx, path: string, site: Site): Promise<boolean> {
  const { segment, rest } = splitLanguagePrefix(path);
  const page = await tx.article.findFirst({
    where: {
      kind: "PAGE",
      language: isLang(segment) ? segment : site.defaultLanguage,
      slug: { equals: rest.slice(1), mode: "insensitive" },
      status: "PUBLISHED",
      publishedAt: { lte: new Date() },
    },
    select: { id: true },
  });
  return page !== null;
}

/** The old address normalized, if readers asking for it would ever get this redirect. */
async function checkOldAddress(tx: Tx, raw: string, site: Site): Promise<string> {
  const fromPath = normalizeRedirectPath(raw);
  if (!fromPath) throw new FieldError("fromPath", errors().fromInvalid);
  const kind = classifyPath(fromPath.split("?", 1)[0]!);
  if (kind === "outside" || kind === "own") {
    throw new FieldError("fromPath", errors().fromOwn(fromPath));
  }
  if (kind === "page" && (await isPageAddress(tx, fromPath, site))) {
    throw new FieldError("fromPath", errors().fromPage(fromPath));
  }
  const taken = await tx.redirect.findUnique({ where: { fromPath }, select: { id: true } });
  if (taken) throw new FieldError("fromPath", errors().duplicate(fromPath), "CONFLICT");
  return fromPath;
}

/** Whether readers at `key` (normalized) are sent on by another redirect than `selfId`. */
async function isRedirected(tx: Tx, key: string, selfId: string | null, site: Site) {
  const kind = classifyPath(key.split("?", 1)[0]!);
  if (kind === "outside" || kind === "own") return false;
  const row = await tx.redirect.findUnique({ where: { fromPath: key }, select: { id: true } });
  if (!row || row.id === selfId) return false;
  return !(kind === "page" && (await isPageAddress(tx, key, site)));
}

/** The new address, refused when it leads off the site, back to `fromPath` or on to a redirect. */
async function checkTarget(
  tx: Tx,
  raw: string,
  fromPath: string,
  selfId: string | null,
  site: Site,
): Promise<ResolvedTarget> {
  const typed = toSitePath(raw);
  const typedKey = normalizeRedirectPath(typed);
  if (typedKey === fromPath) throw new FieldError("target", errors().self);
  if (typedKey && (await isRedirected(tx, typedKey, selfId, site))) {
    throw new FieldError("target", errors().chain(typedKey));
  }
  const resolved = await resolveSitePath(tx, typed, site);
  if (normalizeRedirectPath(resolved.path) === fromPath) {
    throw new FieldError("target", errors().self);
  }
  return resolved;
}

function isUniqueViolation(error: unknown): boolean {
  return error instanceof Prisma.PrismaClientKnownRequestError && error.code === "P2002";
}

/** Adds a redirect from an old address (normalized first) to a new one. Needs redirect:manage. */
export async function createRedirect(
  actor: Actor | null,
  input: RedirectInput,
): Promise<{ id: string; fromPath: string }> {
  assertCan(actor, "redirect:manage");
  const site = await getSiteSettings();
  try {
    const created = await getDb().$transaction(async (tx) => {
      await lockRedirects(tx);
      const fromPath = await checkOldAddress(tx, input.fromPath, site);
      const { link, path } = await checkTarget(tx, input.target, fromPath, null, site);
      const row = await tx.redirect.create({
        data: { fromPath, ...link, source: "STAFF" },
        select: { id: true, fromPath: true },
      });
      await recordAudit(
        actor,
        {
          action: "redirect.create",
          targetType: "Redirect",
          targetId: row.id,
          summary: `Added a redirect from ${fromPath} to ${path}`,
          details: { fromPath, to: path },
        },
        tx,
      );
      return row;
    });
    revalidateRedirects();
    return created;
  } catch (error) {
    if (!isUniqueViolation(error)) throw error;
    const fromPath = normalizeRedirectPath(input.fromPath) ?? input.fromPath;
    throw new FieldError("fromPath", errors().duplicate(fromPath), "CONFLICT");
  }
}

/** Changes where a redirect (imported or not) leads. Needs redirect:manage. */
export async function updateRedirectTarget(
  actor: Actor | null,
  id: string,
  target: string,
): Promise<void> {
  assertCan(actor, "redirect:manage");
  const site = await getSiteSettings();
  await getDb().$transaction(async (tx) => {
    await lockRedirects(tx);
    const row = await tx.redirect.findUnique({ where: { id }, select: { fromPath: true } });
    if (!row) throw new AppError("NOT_FOUND", errors().gone);
    const { link, path } = await checkTarget(tx, target, row.fromPath, id, site);
    await tx.redirect.update({ where: { id }, data: link });
    await recordAudit(
      actor,
      {
        action: "redirect.update",
        targetType: "Redirect",
        targetId: id,
        summary: `Changed the redirect from ${row.fromPath} to lead to ${path}`,
        details: { fromPath: row.fromPath, to: path },
      },
      tx,
    );
  });
  revalidateRedirects();
}

/** Deletes redirects (one, or those selected in the list). Needs redirect:manage. */
export async function deleteRedirects(
  actor: Actor | null,
  ids: string[],
): Promise<{ count: number }> {
  assertCan(actor, "redirect:manage");
  const count = await getDb().$transaction(async (tx) => {
    await lockRedirects(tx);
    const rows = await tx.redirect.findMany({
      where: { id: { in: ids } },
      select: { id: true, fromPath: true, source: true },
    });
    await tx.redirect.deleteMany({ where: { id: { in: rows.map((row) => row.id) } } });
    for (const row of rows) {
      await recordAudit(
        actor,
        {
          action: "redirect.delete",
          targetType: "Redirect",
          targetId: row.id,
          summary: `Deleted the redirect from ${row.fromPath}`,
          details: { fromPath: row.fromPath, source: row.source },
        },
        tx,
      );
    }
    return rows.length;
  });
  revalidateRedirects();
  return { count };
}
