import { describe, expect, it } from "vitest";
import {
  type Actor,
  PERMISSIONS,
  ROLE_PERMISSIONS,
  assertCan,
  can,
  canEditArticle,
} from "@/lib/auth/permissions";
import { isAppError } from "@/lib/errors";
import { ROLE_TABLE } from "@/tests/fixtures/role-table";

const actor = (role: Actor["role"], id = `${role}-1`): Actor => ({
  id,
  role,
  email: `${role.toLowerCase()}@example.org`,
  name: role,
});

describe("permission map", () => {
  it("names exactly the permissions the role table lists", () => {
    expect([...PERMISSIONS].sort()).toEqual(Object.keys(ROLE_TABLE.ADMIN).sort());
  });

  for (const role of Object.keys(ROLE_TABLE) as Actor["role"][]) {
    it(`${role} holds exactly what the role table grants`, () => {
      for (const permission of PERMISSIONS) {
        expect(can(actor(role), permission), `${role} ${permission}`).toBe(
          ROLE_TABLE[role][permission],
        );
      }
    });
  }

  it("only ADMIN manages users and settings or reads the audit log", () => {
    for (const permission of ["user:manage", "setting:manage", "audit:view"] as const) {
      const holders = (Object.keys(ROLE_PERMISSIONS) as Actor["role"][]).filter((role) =>
        can(actor(role), permission),
      );
      expect(holders).toEqual(["ADMIN"]);
    }
  });

  it("only ADMIN and EDITOR manage people, their statuses and the letter guidance", () => {
    const holders = (Object.keys(ROLE_PERMISSIONS) as Actor["role"][]).filter((role) =>
      can(actor(role), "person:manage"),
    );
    expect(holders.sort()).toEqual(["ADMIN", "EDITOR"]);
  });

  it("refuses anyone not signed in", () => {
    for (const permission of PERMISSIONS) {
      expect(can(null, permission)).toBe(false);
      expect(can(undefined, permission)).toBe(false);
    }
  });

  it("assertCan throws FORBIDDEN with a message a person can read", () => {
    let error: unknown;
    try {
      assertCan(actor("MODERATOR"), "article:publish");
    } catch (e) {
      error = e;
    }
    expect(isAppError(error) && error.code).toBe("FORBIDDEN");
    expect((error as Error).message).toMatch(/permission/);
    expect(() => assertCan(actor("EDITOR"), "article:publish")).not.toThrow();
  });

  it("authors edit only their own articles; editors edit any; moderators none", () => {
    const author = actor("AUTHOR", "author-1");
    expect(canEditArticle(author, "author-1")).toBe(true);
    expect(canEditArticle(author, "someone-else")).toBe(false);
    expect(canEditArticle(actor("EDITOR"), "someone-else")).toBe(true);
    expect(canEditArticle(actor("MODERATOR", "m"), "m")).toBe(false);
    expect(canEditArticle(null, "author-1")).toBe(false);
  });

  it("an account the two-step policy holds back may do nothing but reach its security page", () => {
    const held = { ...actor("ADMIN"), pendingTwoFactorSetup: true };
    expect(PERMISSIONS.filter((permission) => can(held, permission))).toEqual(["admin:access"]);
    expect(canEditArticle({ ...actor("EDITOR"), pendingTwoFactorSetup: true }, "x")).toBe(false);
  });
});
