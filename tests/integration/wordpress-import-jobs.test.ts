import { mkdtemp, rm, stat, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, beforeAll, beforeEach, describe, expect, inject, it } from "vitest";
import type { Actor } from "@/lib/auth/permissions";
import { AppError } from "@/lib/errors";
import { runImportQueue } from "@/lib/import/wordpress/job-runner";
import { getImportJobForAdmin } from "@/lib/import/wordpress/job-queries";
import {
  MAX_IMPORT_ATTEMPTS,
  STALE_IMPORT_SECONDS,
  claimImportJob,
  createImportJob,
  recordImportProgress,
  retryImportJob,
} from "@/lib/import/wordpress/jobs";
import { withImportLock } from "@/lib/import/wordpress/lock";
import {
  IMPORT_FINISHED_KEY,
  hasImportFinishedSinceLastLook,
} from "@/lib/import/wordpress/refresh";
import type { ImportReport } from "@/lib/import/wordpress/types";
import { createStaffOfEveryRole } from "@/tests/factories/articles";
import { wxrFile } from "@/tests/factories/wxr";
import { type TestDatabase, createTestDatabase } from "@/tests/setup/database";

let database: TestDatabase;
let folder: string;
let staff: Record<"admin" | "editor" | "author" | "moderator", Actor>;
let fileCount = 0;

beforeAll(async () => {
  database = await createTestDatabase(inject("pgAdminUrl"), inject("templateDatabase"));
  process.env.DATABASE_URL = database.url;
  folder = await mkdtemp(path.join(tmpdir(), "import-jobs-"));
  process.env.MEDIA_DIR = path.join(folder, "media");
  staff = await createStaffOfEveryRole(database.db);
});

afterAll(async () => {
  await database.drop();
  await rm(folder, { recursive: true, force: true });
});

beforeEach(async () => {
  // Every test starts with an empty queue: what one leaves is no other's business.
  await database.db.importJob.deleteMany();
});

/** A small export, as if it had just been uploaded: two posts, one with a comment thread. */
async function uploadedExport(bytes?: Buffer) {
  fileCount += 1;
  const file = path.join(folder, `upload-${fileCount}.xml`);
  const id = 100 * fileCount;
  await writeFile(
    file,
    bytes ??
      wxrFile({
        items: [
          {
            id,
            title: `Queued story ${fileCount}`,
            comments: [
              { id: id + 1, content: "First!" },
              { id: id + 2, parent: id + 1, content: "A reply" },
            ],
          },
          { id: id + 3, title: `Second queued story ${fileCount}` },
        ],
      }),
  );
  const { size } = await stat(file);
  return { name: `export-${fileCount}.xml`, path: file, size };
}

async function queueJob(fields = { dryRun: false, authors: "wordpress" as const }) {
  const file = await uploadedExport();
  const { id } = await createImportJob(staff.admin, file, fields, database.db);
  return { id, file };
}

const runQueue = () =>
  runImportQueue({ db: database.db, databaseUrl: database.url, fetchMedia: false });

const jobRow = (id: string) => database.db.importJob.findUniqueOrThrow({ where: { id } });

const exists = (file: string) =>
  stat(file).then(
    () => true,
    () => false,
  );

async function makeStale(id: string, attempts: number) {
  await database.db.$executeRaw`
    UPDATE "ImportJob" SET "status" = 'RUNNING', "attempts" = ${attempts},
      "heartbeatAt" = now() - make_interval(secs => ${STALE_IMPORT_SECONDS * 2})
    WHERE "id" = ${id}`;
}

describe("queuing an import", () => {
  it("is for admins only, and the audit log says who started which file", async () => {
    const file = await uploadedExport();
    const refused = await createImportJob(
      staff.editor,
      file,
      { dryRun: false, authors: "mine" },
      database.db,
    ).catch((error: unknown) => error);
    expect(refused).toBeInstanceOf(AppError);
    expect((refused as AppError).code).toBe("FORBIDDEN");
    await expect(getImportJobForAdmin(staff.editor, "anything")).rejects.toThrow(AppError);

    const { id } = await createImportJob(
      staff.admin,
      file,
      { dryRun: true, authors: "mine" },
      database.db,
    );
    const job = await jobRow(id);
    expect(job).toMatchObject({
      status: "QUEUED",
      fileName: file.name,
      startedById: staff.admin.id,
    });
    expect(job.options).toEqual({ dryRun: true, authorId: staff.admin.id });
    const audit = await database.db.auditLog.findFirstOrThrow({
      where: { action: "import.start", targetId: id },
    });
    expect(audit.actorEmail).toBe(staff.admin.email);
    expect(audit.summary).toContain(file.name);
    expect(audit.summary).toContain("dry run");
  });
});

describe("running the queue", () => {
  it("gives a job to one of two claims made at the same time, never to both", async () => {
    const { id } = await queueJob();
    const claims = await Promise.all([claimImportJob(database.db), claimImportJob(database.db)]);
    const taken = claims.filter((claim) => claim !== null);
    expect(taken.map((claim) => claim.id)).toEqual([id]);
    expect(await jobRow(id)).toMatchObject({ status: "RUNNING", attempts: 1 });
    // Running and beating: nobody takes it.
    expect(await claimImportJob(database.db)).toBeNull();

    // With two jobs waiting, two claims at once take one each.
    await database.db.importJob.deleteMany();
    const [first, second] = [await queueJob(), await queueJob()];
    const both = await Promise.all([claimImportJob(database.db), claimImportJob(database.db)]);
    expect(both.map((claim) => claim?.id).sort()).toEqual([first.id, second.id].sort());
  });

  it("imports a queued export, stores the report and deletes the uploaded file", async () => {
    const { id, file } = await queueJob();
    expect(await runQueue()).toEqual({ ended: 1, isWaiting: false });
    const job = await jobRow(id);
    expect(job).toMatchObject({ status: "DONE", progress: 1, attempts: 1, error: null });
    const report = job.report as unknown as ImportReport;
    expect(report.counts.posts.created).toBe(2);
    expect(report.counts.comments.created).toBe(2);
    expect(job.finishedAt).not.toBeNull();
    expect(await exists(file.path)).toBe(false);
    const story = await database.db.article.findFirstOrThrow({
      where: { title: `Queued story ${fileCount}` },
      include: { comments: true },
    });
    expect(story.comments).toHaveLength(2);
  });

  it("takes up a RUNNING job whose server stopped beating, and finishes it", async () => {
    const { id, file } = await queueJob();
    await makeStale(id, 1);
    expect(await runQueue()).toEqual({ ended: 1, isWaiting: false });
    const job = await jobRow(id);
    expect(job).toMatchObject({ status: "DONE", attempts: 2 });
    expect(await exists(file.path)).toBe(false);
    expect(await database.db.article.count({ where: { title: `Queued story ${fileCount}` } })).toBe(
      1,
    );
  });

  it("ignores the writes of a runner whose job another server has taken since", async () => {
    const { id } = await queueJob();
    const mine = (await claimImportJob(database.db))!;
    await makeStale(id, mine.attempt);
    const theirs = (await claimImportJob(database.db))!;
    expect(theirs.attempt).toBe(mine.attempt + 1);
    expect(await recordImportProgress(database.db, mine, { fraction: 0.5, stage: "old" })).toBe(
      false,
    );
    expect(await recordImportProgress(database.db, theirs, { fraction: 0.2, stage: "new" })).toBe(
      true,
    );
    expect(await jobRow(id)).toMatchObject({ progress: 0.2, stage: "new" });
  });

  it(`fails a job that stopped ${MAX_IMPORT_ATTEMPTS} times, keeps its file, and runs it again on request`, async () => {
    const { id, file } = await queueJob();
    await makeStale(id, MAX_IMPORT_ATTEMPTS);
    expect(await runQueue()).toEqual({ ended: 0, isWaiting: false });
    const failed = await jobRow(id);
    expect(failed.status).toBe("FAILED");
    expect(failed.error).toMatch(/stopped 3 times without finishing/);
    expect(await exists(file.path)).toBe(true);
    expect((await getImportJobForAdmin(staff.admin, id))?.canRetry).toBe(true);

    await expect(retryImportJob(staff.editor, id, database.db)).rejects.toThrow(AppError);
    await retryImportJob(staff.admin, id, database.db);
    expect(await jobRow(id)).toMatchObject({ status: "QUEUED", attempts: 0, error: null });
    expect(await runQueue()).toEqual({ ended: 1, isWaiting: false });
    expect(await jobRow(id)).toMatchObject({ status: "DONE", attempts: 1 });
    await expect(retryImportJob(staff.admin, id, database.db)).rejects.toThrow(
      /Only a failed import/,
    );
  });

  it("fails a file that is not a WordPress export with the importer's one line, and deletes it", async () => {
    const file = await uploadedExport(Buffer.from("<?xml version='1.0'?><html><p>Hi</p></html>"));
    const { id } = await createImportJob(
      staff.admin,
      file,
      { dryRun: false, authors: "mine" },
      database.db,
    );
    await runQueue();
    const job = await jobRow(id);
    expect(job.status).toBe("FAILED");
    expect(job.error).toMatch(/not a WordPress export/);
    expect(job.error).not.toContain("\n");
    expect(await exists(file.path)).toBe(false);
    expect((await getImportJobForAdmin(staff.admin, id))?.canRetry).toBe(false);
  });

  it("leaves a job queued, its attempt not counted, while another import holds the lock", async () => {
    const { id, file } = await queueJob();
    await withImportLock(database.url, async () => {
      expect(await runQueue()).toEqual({ ended: 0, isWaiting: true });
    });
    const waiting = await jobRow(id);
    expect(waiting).toMatchObject({ status: "QUEUED", attempts: 0, startedAt: null });
    expect(waiting.stage).toMatch(/Waiting for another import/);
    expect(await exists(file.path)).toBe(true);
    expect(await runQueue()).toEqual({ ended: 1, isWaiting: false });
    expect((await jobRow(id)).status).toBe("DONE");
  });
});

describe("refreshing public pages after an import", () => {
  it("moves the marker when an import wrote, and not for a dry run", async () => {
    // The first look of a process counts only imports finished after it started.
    await hasImportFinishedSinceLastLook(database.db);
    expect(await hasImportFinishedSinceLastLook(database.db)).toBe(false);

    await queueJob({ dryRun: true, authors: "wordpress" });
    await runQueue();
    expect(await hasImportFinishedSinceLastLook(database.db)).toBe(false);

    await queueJob();
    await runQueue();
    const marker = await database.db.setting.findUniqueOrThrow({
      where: { key: IMPORT_FINISHED_KEY },
    });
    expect(Date.now() - Date.parse(marker.value as string)).toBeLessThan(60_000);
    expect(await hasImportFinishedSinceLastLook(database.db)).toBe(true);
    // Seen once: the next tick does not refresh again.
    expect(await hasImportFinishedSinceLastLook(database.db)).toBe(false);
  });
});
