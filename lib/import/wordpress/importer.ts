import { createReadStream } from "node:fs";
import { stat } from "node:fs/promises";
import { getDb } from "@/lib/db";
import { currentDatabaseUrl } from "@/lib/env";
import type { PrismaClient } from "@/lib/generated/prisma/client";
import { importAuthors } from "@/lib/import/wordpress/authors";
import { ImportContext, type SiteRules } from "@/lib/import/wordpress/context";
import { finishImport } from "@/lib/import/wordpress/finish";
import { withImportLock } from "@/lib/import/wordpress/lock";
import {
  type AttachmentPage,
  attachmentPage,
  importAttachment,
} from "@/lib/import/wordpress/media";
import { importPost } from "@/lib/import/wordpress/posts";
import { importTerms } from "@/lib/import/wordpress/terms";
import type {
  ImportProgress,
  ImportReport,
  WxrAuthor,
  WxrRecord,
  WxrTerm,
} from "@/lib/import/wordpress/types";
import { NotWxrError, parsePrelude, parseRecord } from "@/lib/import/wordpress/wxr-parse";
import { splitWxr } from "@/lib/import/wordpress/wxr-split";
import {
  CommentSettingsSchema,
  SETTING_KEYS,
  defaultCommentSettings,
  readSiteSettings,
  withDefaults,
} from "@/lib/settings/schemas";

export { NotWxrError } from "@/lib/import/wordpress/wxr-parse";
export { ImportBusyError } from "@/lib/import/wordpress/lock";

export type ImportOptions = {
  /** The WXR export on disk. */
  file: string;
  /** A copy of the old site's wp-content/uploads. */
  uploadsDir?: string;
  /** Reads everything and reports what would happen, writing nothing. */
  dryRun?: boolean;
  /** Every item goes to this user; otherwise WordPress authors become inactive AUTHOR accounts. */
  authorId?: string;
  /** The staff member who started it (owns items whose author is unknown). */
  actorId?: string | null;
  onProgress?: (progress: ImportProgress) => void;
  /** Fetch files missing from uploadsDir from the old site (default true). */
  fetchMedia?: boolean;
  db?: PrismaClient;
  databaseUrl?: string;
};

const PROGRESS_EVERY_MS = 250;

async function siteRules(db: PrismaClient): Promise<SiteRules> {
  const rows = await db.setting.findMany({
    where: { key: { in: [SETTING_KEYS.site, SETTING_KEYS.comments] } },
  });
  const value = (key: string) => rows.find((row) => row.key === key)?.value;
  const site = readSiteSettings(value(SETTING_KEYS.site));
  const comments = withDefaults(
    CommentSettingsSchema,
    defaultCommentSettings,
    value(SETTING_KEYS.comments),
  );
  return {
    defaultLanguage: site.defaultLanguage,
    languages: site.languages,
    timeZone: site.timeZone,
    maxCommentDepth: comments.maxDepth,
  };
}

async function ownerFor(db: PrismaClient, options: ImportOptions): Promise<string> {
  if (options.authorId) {
    const user = await db.user.findUnique({
      where: { id: options.authorId },
      select: { id: true },
    });
    if (!user) throw new NotWxrError("The user chosen to own the imported items does not exist.");
    return user.id;
  }
  if (options.actorId) return options.actorId;
  const admin = await db.user.findFirst({
    where: { role: "ADMIN", isActive: true },
    orderBy: { createdAt: "asc" },
    select: { id: true },
  });
  if (!admin)
    throw new NotWxrError(
      "There is no admin account to own the imported items: create one first with `npm run user -- create`.",
    );
  return admin.id;
}

type Pass = (record: WxrRecord, label: string) => Promise<void>;

/** Reads the file once, calling `each` for every usable record. */
async function readPass(
  options: ImportOptions,
  size: number,
  pass: number,
  state: { context?: ImportContext; report: (done: number, stage: string) => void },
  onPrelude: (text: string) => void,
  each: Pass,
) {
  const stream = createReadStream(options.file, { highWaterMark: 1 << 20 });
  let read = 0;
  for await (const part of splitWxr(stream, (bytes) => (read = bytes))) {
    if (part.kind === "prelude") {
      onPrelude(part.text);
      continue;
    }
    if (!state.context)
      throw new NotWxrError(
        "This file is not a WordPress export: no channel before its first item.",
      );
    const parsed = parseRecord(part);
    if ("message" in parsed) {
      if (pass === 1) state.context.problem(parsed.label, parsed.message);
      continue;
    }
    if (pass === 1 && parsed.removedCharacters) {
      state.context.problem(
        parsed.label,
        `${parsed.removedCharacters} characters XML does not allow were removed`,
      );
    }
    await each(parsed.record, parsed.label);
    state.report(
      (size * (pass - 1) + read) / (2 * size),
      pass === 1 ? "Authors, terms and images" : "Posts, pages and comments",
    );
  }
}

/**
 * Imports a WordPress export: authors and terms, then images (first pass over the file), then
 * posts and pages with their comments and old addresses (second pass), then translations. Each
 * item is written in its own transaction, so stopping midway leaves every finished item whole;
 * running the same file again updates what changed and duplicates nothing.
 */
export async function importWordPress(options: ImportOptions): Promise<ImportReport> {
  const started = Date.now();
  const info = await stat(options.file).catch(() => null);
  if (!info?.isFile()) throw new NotWxrError(`There is no file at ${options.file}.`);
  const db = options.db ?? getDb();
  const url = options.databaseUrl ?? currentDatabaseUrl();
  if (!url) throw new NotWxrError("DATABASE_URL is not set.");
  return withImportLock(url, async () => {
    const rules = await siteRules(db);
    const owner = await ownerFor(db, options);
    let lastProgress = 0;
    const state: { context?: ImportContext; report: (fraction: number, stage: string) => void } = {
      report: (fraction, stage) => {
        const now = Date.now();
        if (now - lastProgress < PROGRESS_EVERY_MS) return;
        lastProgress = now;
        options.onProgress?.({ fraction: Math.min(1, fraction), stage });
      },
    };
    const authors: WxrAuthor[] = [];
    const terms: WxrTerm[] = [];
    let channelDone = false;
    const attachmentPages: AttachmentPage[] = [];
    const finishChannel = async () => {
      if (channelDone || !state.context) return;
      channelDone = true;
      await importAuthors(state.context, authors);
      await importTerms(state.context, terms);
    };
    await readPass(
      options,
      info.size,
      1,
      state,
      (text) => {
        const site = parsePrelude(text);
        state.context = new ImportContext(db, site, rules, {
          dryRun: options.dryRun ?? false,
          authorId: options.authorId,
          uploadsDir: options.uploadsDir,
          fetchMedia: options.fetchMedia ?? true,
        });
        state.context.fallbackAuthorId = owner;
      },
      async (record, label) => {
        const context = state.context!;
        if (record.kind === "author") return void authors.push(record);
        if (record.kind === "term") return void terms.push(record);
        await finishChannel();
        if (record.postType !== "attachment") return;
        await importAttachment(context, record, label);
        attachmentPages.push(attachmentPage(context, record));
      },
    );
    await finishChannel();
    const context = state.context!;
    await readPass(
      options,
      info.size,
      2,
      state,
      () => undefined,
      async (record, label) => {
        if (record.kind === "item" && record.postType !== "attachment")
          await importPost(context, record, label);
      },
    );
    await finishImport(context, attachmentPages);
    context.report.bytes = info.size;
    context.report.durationMs = Date.now() - started;
    options.onProgress?.({ fraction: 1, stage: "Done" });
    return context.report;
  });
}
