import type { Role } from "@/lib/generated/prisma/enums";
import { AppError } from "@/lib/errors";

/** Everything a staff member can be allowed to do. Checked on the server by every action. */
export const PERMISSIONS = [
  "admin:access",
  "article:create",
  "article:editOwn",
  "article:editAny",
  "article:publish",
  "article:trash",
  "article:purge",
  "term:manage",
  "person:manage",
  "petition:manage",
  "petition:export",
  "media:upload",
  "media:manage",
  "comment:moderate",
  "user:manage",
  "setting:manage",
  "audit:view",
  "redirect:manage",
  "import:run",
] as const;

export type Permission = (typeof PERMISSIONS)[number];

/** The one permission map. ADMIN has everything; the others have exactly what is listed. */
export const ROLE_PERMISSIONS: Record<Role, readonly Permission[]> = {
  ADMIN: PERMISSIONS,
  EDITOR: [
    "admin:access",
    "article:create",
    "article:editOwn",
    "article:editAny",
    "article:publish",
    "article:trash",
    "term:manage",
    "person:manage",
    "petition:manage",
    "media:upload",
    "media:manage",
    "comment:moderate",
    "redirect:manage",
  ],
  AUTHOR: ["admin:access", "article:create", "article:editOwn", "media:upload"],
  MODERATOR: ["admin:access", "comment:moderate"],
};

/** The signed-in staff member an action runs as. */
export type Actor = {
  id: string;
  email: string;
  name: string;
  role: Role;
  /** The session this request came with (absent for scripts and tests). */
  sessionId?: string;
  /** The policy asks for a second factor and the account has none yet: only setting one up. */
  pendingTwoFactorSetup?: boolean;
};

export function can(actor: Actor | null | undefined, permission: Permission): boolean {
  if (!actor) return false;
  if (actor.pendingTwoFactorSetup && permission !== "admin:access") return false;
  return ROLE_PERMISSIONS[actor.role].includes(permission);
}

/** Throws FORBIDDEN unless the actor holds the permission. */
export function assertCan(
  actor: Actor | null | undefined,
  permission: Permission,
): asserts actor is Actor {
  if (!can(actor, permission)) {
    throw new AppError("FORBIDDEN", "You do not have permission to do that.");
  }
}

/** Editors edit any article; authors only their own. */
export function canEditArticle(actor: Actor | null | undefined, authorId: string): boolean {
  return can(actor, "article:editAny") || (can(actor, "article:editOwn") && actor?.id === authorId);
}
