import { randomBytes } from "node:crypto";
import { hashPassword } from "@/lib/auth/password";
import type { ImportContext } from "@/lib/import/wordpress/context";
import { contentHash, findImported, recordImported } from "@/lib/import/wordpress/imported";
import type { WxrAuthor } from "@/lib/import/wordpress/types";

const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

/**
 * WordPress authors become staff accounts that cannot sign in until an admin activates them
 * (role AUTHOR, a random password nobody knows: the admin resets it or the person asks for one).
 * An address that already has an account here maps to that account, unchanged. With --author,
 * nothing is created and every item goes to that one user.
 */
export async function importAuthors(context: ImportContext, authors: WxrAuthor[]): Promise<void> {
  const { db, report } = context;
  if (context.options.authorId) {
    for (const author of authors) context.authors.set(author.login, context.options.authorId);
    report.counts.authors.skipped += authors.length;
    return;
  }
  const host = new URL(context.site.baseUrl).hostname;
  for (const author of authors) {
    const label = `author ${author.login}`;
    const email = (
      EMAIL.test(author.email) ? author.email : `${author.login}@${host}`
    ).toLowerCase();
    if (!EMAIL.test(email)) {
      report.counts.authors.skipped += 1;
      context.problem(label, "no usable email address; their items go to the importing user");
      continue;
    }
    if (email !== author.email.toLowerCase()) {
      context.problem(label, `had no email address; the account was given ${email}`);
    }
    const known = await findImported(db, context, "AUTHOR", author.id);
    const existing =
      (known &&
        (await db.user.findUnique({ where: { id: known.targetId }, select: { id: true } }))) ||
      (await db.user.findUnique({ where: { email }, select: { id: true } }));
    if (existing) {
      context.authors.set(author.login, existing.id);
      context.authorsById.set(author.id, existing.id);
      report.counts.authors.unchanged += 1;
      if (!known && !context.options.dryRun) {
        await recordImported(db, context, "AUTHOR", author.id, existing.id, contentHash(author));
      }
      continue;
    }
    report.counts.authors.created += 1;
    if (context.options.dryRun) continue;
    const user = await db.user.create({
      data: {
        email,
        name: (author.displayName || author.login).slice(0, 200),
        role: "AUTHOR",
        isActive: false,
        passwordHash: await hashPassword(randomBytes(32).toString("base64url")),
      },
      select: { id: true },
    });
    await recordImported(db, context, "AUTHOR", author.id, user.id, contentHash(author));
    context.authors.set(author.login, user.id);
    context.authorsById.set(author.id, user.id);
  }
}
