import nodemailer from "nodemailer";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { type Actor, type Permission } from "@/lib/auth/permissions";
import { listAuditEntries } from "@/lib/audit";
import { endUserSessions } from "@/lib/auth/sessions";
import { resetSecondFactor } from "@/lib/auth/two-factor/admin-reset";
import { setMailTransport } from "@/lib/mail";
import type { PrismaClient } from "@/lib/generated/prisma/client";
import {
  readMirrorSettingsForEditing,
  readSettingsForEditing,
  updateCommentSettings,
  updateMirrorSettings,
  updateSiteSettings,
} from "@/lib/settings/service";
import { defaultCommentSettings, defaultSiteSettings } from "@/lib/settings/schemas";
import {
  changeUserRole,
  createUser as createUserService,
  sendPasswordResetLink,
  setUserActive,
} from "@/lib/users/service";
import { type TestDatabase, createTestDatabase } from "@/tests/setup/database";
import {
  createMatrixActors,
  createUser,
  expectForbidden,
  isAllowed,
} from "@/tests/factories/users";

/**
 * Every admin service, run as anonymous and as each role: allowed exactly when ROLE_PERMISSIONS
 * says so, and a refused call changes nothing (the database looks the same afterwards).
 *
 * To add a service: append `defineCase({...})`. `setup` (optional) makes what the call needs and
 * runs once per actor; `run` must be a valid call, so that only the permission decides the outcome.
 */
type ServiceCase<C> = {
  name: string;
  permission: Permission;
  setup?: (db: PrismaClient) => Promise<C>;
  run: (actor: Actor | null, context: C) => Promise<unknown>;
};

function defineCase<C>(serviceCase: ServiceCase<C>): ServiceCase<unknown> {
  return serviceCase as ServiceCase<unknown>;
}

let counter = 0;
const next = () => ++counter;

const CASES = [
  defineCase({
    name: "users: createUser",
    permission: "user:manage",
    run: (actor) =>
      createUserService(actor, {
        email: `matrix-${next()}@example.org`,
        name: "Matrix",
        role: "AUTHOR",
        password: "matrix password 1",
      }),
  }),
  defineCase({
    name: "users: changeUserRole",
    permission: "user:manage",
    setup: (db) => createUser(db, { role: "AUTHOR" }),
    run: (actor, target) => changeUserRole(actor, { userId: target.id, role: "EDITOR" }),
  }),
  defineCase({
    name: "users: setUserActive (deactivate)",
    permission: "user:manage",
    setup: (db) => createUser(db, { role: "AUTHOR" }),
    run: (actor, target) => setUserActive(actor, { userId: target.id, isActive: false }),
  }),
  defineCase({
    name: "users: sendPasswordResetLink",
    permission: "user:manage",
    setup: (db) => createUser(db),
    run: (actor, target) => sendPasswordResetLink(actor, target.id),
  }),
  defineCase({
    name: "users: resetSecondFactor",
    permission: "user:manage",
    setup: async (db) => {
      const user = await createUser(db);
      await db.recoveryCode.create({ data: { userId: user.id, codeHash: "matrix" } });
      return user;
    },
    run: (actor, target) => resetSecondFactor(actor, target.id),
  }),
  defineCase({
    name: "sessions: endUserSessions (another user's)",
    permission: "user:manage",
    setup: async (db) => {
      const user = await createUser(db);
      await db.staffSession.create({ data: { userId: user.id } });
      return user;
    },
    run: (actor, target) => endUserSessions(actor, target.id, { allBut: null }),
  }),
  defineCase({
    name: "settings: updateSiteSettings",
    permission: "setting:manage",
    run: (actor) =>
      updateSiteSettings(actor, { ...defaultSiteSettings, tagline: `Tagline ${next()}` }),
  }),
  defineCase({
    name: "settings: updateCommentSettings",
    permission: "setting:manage",
    run: (actor) =>
      updateCommentSettings(actor, { ...defaultCommentSettings, perPage: 20 + next() }),
  }),
  defineCase({
    name: "settings: readSettingsForEditing",
    permission: "setting:manage",
    run: (actor) => readSettingsForEditing(actor),
  }),
  defineCase({
    name: "settings: updateMirrorSettings",
    permission: "setting:manage",
    run: (actor) =>
      updateMirrorSettings(actor, {
        onionAddress: "",
        mirrors: [`https://mirror-${next()}.example.org/`],
      }),
  }),
  defineCase({
    name: "settings: readMirrorSettingsForEditing",
    permission: "setting:manage",
    run: (actor) => readMirrorSettingsForEditing(actor),
  }),
  defineCase({
    name: "audit: listAuditEntries",
    permission: "audit:view",
    run: (actor) => listAuditEntries(actor, { page: 1 }),
  }),
];

let database: TestDatabase;
let actors: { label: string; actor: Actor | null }[];

beforeAll(async () => {
  database = await createTestDatabase(inject("pgAdminUrl"), inject("templateDatabase"));
  process.env.DATABASE_URL = database.url;
  actors = await createMatrixActors(database.db);
  // Reset links and two-step resets are mailed; nodemailer's JSON transport takes them.
  setMailTransport(nodemailer.createTransport({ jsonTransport: true }));
});

afterAll(async () => {
  setMailTransport(undefined);
  await database.drop();
});

/** What a refused call must leave untouched. Add your tables here when you add cases. */
async function footprint(db: PrismaClient): Promise<string> {
  const [audit, users, settings, openSessions, factors] = await Promise.all([
    db.auditLog.count(),
    db.user.findMany({
      orderBy: { id: "asc" },
      select: { id: true, role: true, isActive: true, passwordHash: true, sessionVersion: true },
    }),
    db.setting.findMany({ orderBy: { key: "asc" }, select: { key: true, value: true } }),
    db.staffSession.count({ where: { endedAt: null } }),
    Promise.all([db.totpCredential.count(), db.securityKey.count(), db.recoveryCode.count()]),
  ]);
  return JSON.stringify({ audit, users, settings, openSessions, factors });
}

describe("admin services check the permission map", () => {
  for (const serviceCase of CASES) {
    it(`${serviceCase.name} needs ${serviceCase.permission}`, async () => {
      for (const { label, actor } of actors) {
        const context = await serviceCase.setup?.(database.db);
        if (isAllowed(actor, serviceCase.permission)) {
          await serviceCase.run(actor, context);
        } else {
          const before = await footprint(database.db);
          await expectForbidden(serviceCase.run(actor, context));
          expect(await footprint(database.db), `${label} changed nothing`).toBe(before);
        }
      }
    });
  }

  it("covers every role and anonymous", () => {
    expect(actors.map((a) => a.label)).toEqual([
      "anonymous",
      "ADMIN",
      "EDITOR",
      "AUTHOR",
      "MODERATOR",
    ]);
  });
});
