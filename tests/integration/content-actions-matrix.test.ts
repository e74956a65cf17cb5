import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { compareRevisions, listRevisions, restoreRevision } from "@/lib/articles/revisions";
import { saveArticle } from "@/lib/articles/service";
import { purgeArticle, restoreArticles, trashArticles } from "@/lib/articles/lifecycle";
import { type Actor, type Permission } from "@/lib/auth/permissions";
import type { PrismaClient } from "@/lib/generated/prisma/client";
import { deleteMedia, updateMediaDetails, uploadMedia } from "@/lib/media/service";
import { type MediaStorage, createLocalStorage } from "@/lib/media/storage";
import { createTerm, deleteTerm, mergeTags, updateTerm } from "@/lib/taxonomy/service";
import { type TestDatabase, createTestDatabase } from "@/tests/setup/database";
import {
  articleInput,
  createArticle,
  createStaff,
  createTerm as insertTerm,
} from "@/tests/factories/articles";
import { makeImage } from "@/tests/factories/media";
import { createMatrixActors, expectForbidden, isAllowed } from "@/tests/factories/users";

/**
 * Every content service, run as anonymous and as each role: allowed exactly when the permission
 * map says so (ownership included), and a refused call changes nothing. Same approach as
 * admin-actions-matrix.test.ts; services take `Actor`, so anonymous is passed as null on purpose.
 */
type Allowed = (actor: Actor | null) => boolean;
type ServiceCase<C> = {
  name: string;
  rule: string;
  allowed: Allowed;
  setup?: (db: PrismaClient, actor: Actor | null) => Promise<C>;
  run: (actor: Actor, context: C) => Promise<unknown>;
};

function defineCase<C>(serviceCase: ServiceCase<C>): ServiceCase<unknown> {
  return serviceCase as ServiceCase<unknown>;
}

const needs =
  (permission: Permission): Allowed =>
  (actor) =>
    isAllowed(actor, permission);

let storage: MediaStorage;
let root: string;
let someoneElse: Actor;

const othersArticle = (db: PrismaClient, status: "DRAFT" | "TRASH" = "DRAFT") =>
  createArticle(db, someoneElse.id, { status });
const ownArticle = async (db: PrismaClient, actor: Actor | null) =>
  createArticle(db, actor?.id ?? someoneElse.id);

const CASES = [
  defineCase({
    name: "saveArticle (new)",
    rule: "article:create",
    allowed: needs("article:create"),
    run: (actor) => saveArticle(actor, undefined, articleInput()),
  }),
  defineCase({
    name: "saveArticle (own draft)",
    rule: "article:editOwn",
    allowed: (actor) => isAllowed(actor, "article:editOwn"),
    setup: ownArticle,
    run: (actor, article) => saveArticle(actor, article.id, articleInput()),
  }),
  defineCase({
    name: "saveArticle (someone else's)",
    rule: "article:editAny",
    allowed: needs("article:editAny"),
    setup: (db) => othersArticle(db),
    run: (actor, article) => saveArticle(actor, article.id, articleInput()),
  }),
  defineCase({
    name: "saveArticle publish (own draft)",
    rule: "article:publish",
    allowed: needs("article:publish"),
    setup: ownArticle,
    run: (actor, article) => saveArticle(actor, article.id, articleInput(), { intent: "publish" }),
  }),
  defineCase({
    name: "saveArticle schedule (own draft)",
    rule: "article:publish",
    allowed: needs("article:publish"),
    setup: ownArticle,
    run: (actor, article) =>
      saveArticle(actor, article.id, articleInput(), {
        intent: "schedule",
        scheduleAt: new Date(Date.now() + 86_400_000),
      }),
  }),
  defineCase({
    name: "trashArticles",
    rule: "article:trash",
    allowed: needs("article:trash"),
    setup: (db) => othersArticle(db),
    run: (actor, article) => trashArticles(actor, [article.id]),
  }),
  defineCase({
    name: "restoreArticles",
    rule: "article:trash",
    allowed: needs("article:trash"),
    setup: (db) => othersArticle(db, "TRASH"),
    run: (actor, article) => restoreArticles(actor, [article.id]),
  }),
  defineCase({
    name: "purgeArticle",
    rule: "article:purge",
    allowed: needs("article:purge"),
    setup: (db) => othersArticle(db, "TRASH"),
    run: (actor, article) => purgeArticle(actor, article.id),
  }),
  defineCase({
    name: "listRevisions (someone else's)",
    rule: "article:editAny",
    allowed: needs("article:editAny"),
    setup: (db) => othersArticle(db),
    run: (actor, article) => listRevisions(actor, article.id),
  }),
  defineCase({
    name: "compareRevisions (someone else's)",
    rule: "article:editAny",
    allowed: needs("article:editAny"),
    setup: async (db) => {
      const article = await othersArticle(db);
      const revision = await db.articleRevision.findFirstOrThrow({
        where: { articleId: article.id },
      });
      return { article, revision };
    },
    run: (actor, { article, revision }) =>
      compareRevisions(actor, article.id, revision.id, revision.id),
  }),
  defineCase({
    name: "restoreRevision (someone else's)",
    rule: "article:editAny",
    allowed: needs("article:editAny"),
    setup: async (db) => {
      const article = await othersArticle(db);
      const revision = await db.articleRevision.findFirstOrThrow({
        where: { articleId: article.id },
      });
      return { article, revision };
    },
    run: (actor, { article, revision }) => restoreRevision(actor, article.id, revision.id),
  }),
  defineCase({
    name: "createTerm",
    rule: "term:manage",
    allowed: needs("term:manage"),
    run: (actor) =>
      createTerm(actor, {
        taxonomy: "TAG",
        name: `Matrix ${Math.random()}`,
        slug: "",
        description: "",
        parentId: null,
      }),
  }),
  defineCase({
    name: "updateTerm",
    rule: "term:manage",
    allowed: needs("term:manage"),
    setup: (db) => insertTerm(db, "REGION"),
    run: (actor, term) =>
      updateTerm(actor, term.id, {
        name: `${term.name} renamed`,
        slug: "",
        description: "",
        parentId: null,
      }),
  }),
  defineCase({
    name: "deleteTerm",
    rule: "term:manage",
    allowed: needs("term:manage"),
    setup: (db) => insertTerm(db, "CATEGORY"),
    run: (actor, term) => deleteTerm(actor, term.id),
  }),
  defineCase({
    name: "mergeTags",
    rule: "term:manage",
    allowed: needs("term:manage"),
    setup: async (db) => ({ a: await insertTerm(db, "TAG"), b: await insertTerm(db, "TAG") }),
    run: (actor, { a, b }) => mergeTags(actor, a.id, b.id),
  }),
  defineCase({
    name: "uploadMedia",
    rule: "media:upload",
    allowed: needs("media:upload"),
    setup: () => makeImage("png", 16, 16),
    run: (actor, bytes) =>
      uploadMedia(actor, { name: "m.png", bytes }, { altText: "", credit: "" }, { storage }),
  }),
  defineCase({
    name: "updateMediaDetails (someone else's upload)",
    rule: "media:manage",
    allowed: needs("media:manage"),
    setup: async () =>
      uploadMedia(
        someoneElse,
        { name: "m.png", bytes: await makeImage("png", 16, 16) },
        { altText: "", credit: "" },
        { storage },
      ),
    run: (actor, media) => updateMediaDetails(actor, media.id, { altText: "New", credit: "" }),
  }),
  defineCase({
    name: "deleteMedia",
    rule: "media:manage",
    allowed: needs("media:manage"),
    setup: async () =>
      uploadMedia(
        someoneElse,
        { name: "m.png", bytes: await makeImage("png", 16, 16) },
        { altText: "", credit: "" },
        { storage },
      ),
    run: (actor, media) => deleteMedia(actor, media.id, { storage }),
  }),
];

let database: TestDatabase;
let actors: { label: string; actor: Actor | null }[];

beforeAll(async () => {
  database = await createTestDatabase(inject("pgAdminUrl"), inject("templateDatabase"));
  process.env.DATABASE_URL = database.url;
  actors = await createMatrixActors(database.db);
  someoneElse = await createStaff(database.db, "EDITOR", "Someone else");
  root = await mkdtemp(path.join(tmpdir(), "content-matrix-"));
  storage = createLocalStorage(root);
});

afterAll(async () => {
  await database.drop();
  await rm(root, { recursive: true, force: true });
});

async function footprint(db: PrismaClient): Promise<string> {
  const [audit, revisions, articles, terms, media] = await Promise.all([
    db.auditLog.count(),
    db.articleRevision.count(),
    db.article.findMany({
      orderBy: { id: "asc" },
      select: { id: true, title: true, body: true, status: true, updatedAt: true },
    }),
    db.term.findMany({ orderBy: { id: "asc" }, select: { id: true, name: true, slug: true } }),
    db.media.findMany({ orderBy: { id: "asc" }, select: { id: true, altText: true } }),
  ]);
  return JSON.stringify({ audit, revisions, articles, terms, media });
}

describe("content services check the permission map", () => {
  for (const serviceCase of CASES) {
    it(`${serviceCase.name} needs ${serviceCase.rule}`, async () => {
      for (const { label, actor } of actors) {
        const context = await serviceCase.setup?.(database.db, actor);
        if (serviceCase.allowed(actor)) {
          await serviceCase.run(actor!, context);
        } else {
          const before = await footprint(database.db);
          await expectForbidden(serviceCase.run(actor as Actor, context));
          expect(await footprint(database.db), `${label} changed nothing`).toBe(before);
        }
      }
    });
  }
});
