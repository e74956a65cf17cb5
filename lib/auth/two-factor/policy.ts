import "server-only";
import { z } from "zod";
import { getDb } from "@/lib/db";
import type { Role } from "@/lib/generated/prisma/enums";

/** Who must have a second factor: nobody, admins and editors, or every staff member. */
const TWO_FACTOR_POLICIES = ["nobody", "privileged", "everyone"] as const;
export type TwoFactorPolicy = (typeof TWO_FACTOR_POLICIES)[number];

export const SECURITY_SETTING_KEY = "security";

export const SecuritySettingsSchema = z.object({
  twoFactorRequiredFor: z.enum(TWO_FACTOR_POLICIES),
});
export type SecuritySettings = z.infer<typeof SecuritySettingsSchema>;

export function readSecuritySettings(stored: unknown): SecuritySettings {
  const parsed = SecuritySettingsSchema.safeParse(stored);
  return parsed.success ? parsed.data : { twoFactorRequiredFor: "nobody" };
}

/** Read fresh on every staff request, so a change applies at once on every instance. */
export async function getTwoFactorPolicy(): Promise<TwoFactorPolicy> {
  const row = await getDb().setting.findUnique({
    where: { key: SECURITY_SETTING_KEY },
    select: { value: true },
  });
  return readSecuritySettings(row?.value).twoFactorRequiredFor;
}

export function policyRequires(policy: TwoFactorPolicy, role: Role): boolean {
  if (policy === "everyone") return true;
  return policy === "privileged" && (role === "ADMIN" || role === "EDITOR");
}

/** The second factors an account has: a confirmed authenticator app, and security keys. */
export async function secondFactorsOf(
  userId: string,
): Promise<{ totp: boolean; securityKeys: number; recoveryCodesLeft: number }> {
  const [totp, securityKeys, recoveryCodesLeft] = await Promise.all([
    getDb().totpCredential.findUnique({ where: { userId }, select: { confirmedAt: true } }),
    getDb().securityKey.count({ where: { userId } }),
    getDb().recoveryCode.count({ where: { userId, usedAt: null } }),
  ]);
  return { totp: !!totp?.confirmedAt, securityKeys, recoveryCodesLeft };
}

/**
 * Whether the account has a second factor: one query, since every staff request under a policy
 * and every sign-in asks it (the recovery codes left do not matter here).
 */
export async function hasSecondFactor(userId: string): Promise<boolean> {
  const found = await getDb().user.count({
    where: {
      id: userId,
      OR: [{ totp: { confirmedAt: { not: null } } }, { securityKeys: { some: {} } }],
    },
  });
  return found > 0;
}
