import http from "node:http";
import type { AddressInfo } from "node:net";
import { mkdtemp, readFile, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, beforeAll, beforeEach, describe, expect, inject, it } from "vitest";
import type { Actor } from "@/lib/auth/permissions";
import { AppError } from "@/lib/errors";
import { getStaticExportOverview } from "@/lib/static-export/job-queries";
import { runStaticExportQueue } from "@/lib/static-export/job-runner";
import {
  MAX_EXPORT_ATTEMPTS,
  STALE_EXPORT_SECONDS,
  claimStaticExportJob,
  createStaticExportJob,
  recordExportProgress,
} from "@/lib/static-export/jobs";
import { createStaffOfEveryRole } from "@/tests/factories/articles";
import { type TestDatabase, createTestDatabase } from "@/tests/setup/database";

let database: TestDatabase;
let folder: string;
let staff: Record<"admin" | "editor" | "author" | "moderator", Actor>;
let site: http.Server;
let siteUrl: string;

/** A tiny public site: a home page, an article and a sitemap, as this app's front serves them. */
function startSite(): Promise<http.Server> {
  const page = (title: string, body: string) =>
    `<!DOCTYPE html><html lang="en"><head><title>${title}</title><link rel="canonical" href="${siteUrl}/"><meta property="og:type" content="article"></head><body><main><h1>${title}</h1>${body}</main></body></html>`;
  const server = http.createServer((req, res) => {
    const send = (type: string, body: string, status = 200) => {
      res.writeHead(status, { "content-type": type });
      res.end(body);
    };
    if (req.url === "/api/health") return send("text/plain", "ok");
    if (req.url === "/")
      return send("text/html; charset=utf-8", page("Home", '<a href="/news/a">A</a>'));
    if (req.url === "/news/a")
      return send("text/html; charset=utf-8", page("Story A", "<p>Text</p>"));
    if (req.url === "/sitemap.xml")
      return send("application/xml", `<urlset><url><loc>${siteUrl}/news/a</loc></url></urlset>`);
    send("text/plain", "Not found", 404);
  });
  return new Promise((resolve) => server.listen(0, "127.0.0.1", () => resolve(server)));
}

beforeAll(async () => {
  database = await createTestDatabase(inject("pgAdminUrl"), inject("templateDatabase"));
  process.env.DATABASE_URL = database.url;
  folder = await mkdtemp(path.join(tmpdir(), "export-jobs-"));
  staff = await createStaffOfEveryRole(database.db);
  site = await startSite();
  siteUrl = `http://127.0.0.1:${(site.address() as AddressInfo).port}`;
});

afterAll(async () => {
  await new Promise((resolve) => site.close(resolve));
  await database.drop();
  await rm(folder, { recursive: true, force: true });
});

beforeEach(async () => {
  await database.db.staticExportJob.deleteMany();
});

const run = (baseUrl = siteUrl) =>
  runStaticExportQueue({ db: database.db, baseUrl, dataDir: folder, frontWaitMs: 0 });

describe("static export jobs", () => {
  it("are for admins and editors only", async () => {
    for (const actor of [staff.author, staff.moderator, null]) {
      await expect(createStaticExportJob(actor, database.db)).rejects.toMatchObject({
        code: "FORBIDDEN",
      });
      await expect(getStaticExportOverview(actor)).rejects.toBeInstanceOf(AppError);
    }
    await createStaticExportJob(staff.editor, database.db);
    expect(await database.db.staticExportJob.count()).toBe(1);
    const audit = await database.db.auditLog.findFirst({
      where: { action: "export.start", actorId: staff.editor.id },
    });
    expect(audit).not.toBeNull();
  });

  it("runs one at a time: a second press while one waits is refused", async () => {
    await createStaticExportJob(staff.admin, database.db);
    await expect(createStaticExportJob(staff.editor, database.db)).rejects.toMatchObject({
      code: "CONFLICT",
      message: "An export is already running: wait for it to finish.",
    });
  });

  it("is claimed by one runner, and taken up again when its server stops beating", async () => {
    await createStaticExportJob(staff.admin, database.db);
    const [first, second] = await Promise.all([
      claimStaticExportJob(database.db),
      claimStaticExportJob(database.db),
    ]);
    expect([first, second].filter(Boolean)).toHaveLength(1);
    const claimed = (first ?? second)!;
    expect(claimed.attempt).toBe(1);
    expect(await claimStaticExportJob(database.db)).toBeNull();

    await database.db.staticExportJob.update({
      where: { id: claimed.id },
      data: { heartbeatAt: new Date(Date.now() - (STALE_EXPORT_SECONDS + 5) * 1000) },
    });
    const again = await claimStaticExportJob(database.db);
    expect(again).toEqual({ id: claimed.id, attempt: 2 });
    // The first attempt's server woke up: its writes no longer count.
    expect(await recordExportProgress(database.db, claimed, { fraction: 0.5, stage: "x" })).toBe(
      false,
    );
    expect(await recordExportProgress(database.db, again!, { fraction: 0.5, stage: "x" })).toBe(
      true,
    );
  });

  it("fails clearly once its server stopped too often", async () => {
    const { id } = await createStaticExportJob(staff.admin, database.db);
    await database.db.staticExportJob.update({
      where: { id },
      data: { status: "RUNNING", attempts: MAX_EXPORT_ATTEMPTS, heartbeatAt: null },
    });
    expect(await claimStaticExportJob(database.db)).toBeNull();
    const job = await database.db.staticExportJob.findUniqueOrThrow({ where: { id } });
    expect(job.status).toBe("FAILED");
    expect(job.error).toMatch(/started 3 times/);
  });

  it("exports the site into DATA_DIR with its counts, and the overview shows them", async () => {
    await createStaticExportJob(staff.admin, database.db);
    expect(await run()).toBe(1);
    const { latest, lastDone } = await getStaticExportOverview(staff.admin);
    expect(latest?.status).toBe("DONE");
    expect(lastDone?.report).toMatchObject({
      files: 5,
      written: 4,
      unchanged: 0,
      removed: 0,
      missing: 0,
    });
    expect(lastDone?.startedByName).toBe(staff.admin.name);
    const home = await readFile(path.join(folder, "static-export/site/index.html"), "utf8");
    expect(home).toContain('<a href="news/a/index.html">A</a>');

    await createStaticExportJob(staff.admin, database.db);
    await run();
    const second = await getStaticExportOverview(staff.admin);
    expect(second.lastDone?.report).toMatchObject({ written: 0, unchanged: 4, removed: 0 });
  });

  it("fails with a line saying the site did not answer when nothing answers", async () => {
    const { id } = await createStaticExportJob(staff.admin, database.db);
    await run("http://127.0.0.1:9");
    const job = await database.db.staticExportJob.findUniqueOrThrow({ where: { id } });
    expect(job.status).toBe("FAILED");
    expect(job.error).toMatch(/could not fetch this site's own pages/);
  });
});
