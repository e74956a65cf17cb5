import type { Env } from "@/lib/env";
import type { PrismaClient } from "@/lib/generated/prisma/client";
import { generatePassword, hashPassword } from "@/lib/auth/password";

/** True when the database holds no content yet (a fresh installation). */
export async function isContentEmpty(db: PrismaClient): Promise<boolean> {
  const [articles, terms] = await Promise.all([db.article.count(), db.term.count()]);
  return articles === 0 && terms === 0;
}

export type FirstAdmin = { email: string; generatedPassword: string | null };

/**
 * Makes sure an active admin exists: from ADMIN_EMAIL / ADMIN_PASSWORD when set, otherwise
 * admin@localhost with a generated password that the caller prints once. Returns null when an
 * active admin already exists.
 */
export async function ensureFirstAdmin(
  db: PrismaClient,
  env: Pick<Env, "ADMIN_EMAIL" | "ADMIN_PASSWORD">,
): Promise<FirstAdmin | null> {
  const admins = await db.user.count({ where: { role: "ADMIN", isActive: true } });
  if (admins > 0) return null;
  const email = (env.ADMIN_EMAIL ?? "admin@localhost").toLowerCase();
  const generatedPassword = env.ADMIN_PASSWORD ? null : generatePassword();
  const passwordHash = await hashPassword(env.ADMIN_PASSWORD ?? generatedPassword ?? "");
  await db.user.upsert({
    where: { email },
    create: { email, name: "Site administrator", role: "ADMIN", passwordHash },
    update: { role: "ADMIN", isActive: true, passwordHash, sessionVersion: { increment: 1 } },
  });
  return { email, generatedPassword };
}
