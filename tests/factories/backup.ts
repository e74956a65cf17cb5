import { mkdir, writeFile } from "node:fs/promises";
import path from "node:path";
import pg from "pg";
import { listFiles } from "@/lib/backup/files";
import type { PrismaClient } from "@/lib/generated/prisma/client";
import { recordAudit } from "@/lib/audit";
import { seedDemoContent } from "@/lib/seed/seed";
import { createComment, createStaff } from "@/tests/factories/comments";
import { readFile } from "node:fs/promises";

/**
 * The demo content plus rows that are hard to restore: a reply whose id sorts before its parent's,
 * a child term likewise, an audit entry, JSON null and text with quotes, newlines and Cyrillic,
 * and one uploaded file (with its Media row) under `mediaDir`.
 */
export async function seedBackupContent(db: PrismaClient, mediaDir: string) {
  await seedDemoContent(db);
  const moderator = await createStaff(db, "MODERATOR");
  const article = await db.article.findFirstOrThrow({
    where: { status: "PUBLISHED", kind: "POST" },
    orderBy: { slug: "asc" },
  });
  const parent = await db.comment.create({
    data: {
      id: "zz-parent-comment",
      articleId: article.id,
      authorName: "Алесь",
      authorEmail: "ales@example.org",
      body: '<p>Свабоду "палітвязням"\nline two \\ backslash</p>',
      status: "APPROVED",
      createdAt: new Date("2026-01-02T03:04:05.678Z"),
    },
  });
  await db.comment.create({
    data: {
      id: "aa-reply-comment",
      articleId: article.id,
      parentId: parent.id,
      authorName: "Reader",
      authorEmail: "reader@example.org",
      body: "<p>Reply</p>",
      status: "PENDING",
      moderatedById: moderator.id,
      moderatedAt: new Date("2026-01-02T03:04:06.001Z"),
    },
  });
  await createComment(db, article.id, { parentId: "aa-reply-comment", ipHash: "abc" });
  const region = await db.term.create({
    data: { id: "zz-parent-term", taxonomy: "REGION", name: "Belarus", slug: "backup-belarus" },
  });
  await db.term.create({
    data: {
      id: "aa-child-term",
      taxonomy: "REGION",
      name: "Minsk",
      slug: "backup-minsk",
      parentId: region.id,
    },
  });
  await recordAudit(
    moderator,
    {
      action: "comment.approve",
      targetType: "Comment",
      targetId: parent.id,
      summary: "Approved a comment",
      details: { nested: { list: [1, 2.5, "x"], flag: true } },
    },
    db,
  );
  await db.$executeRaw`INSERT INTO "Setting" ("key", "value", "updatedAt") VALUES ('backup.null', 'null'::jsonb, now())`;
  await db.rateLimit.create({ data: { key: "comment:ip", count: 3, resetAt: new Date() } });

  const storageKey = "uploads/2026-01/backuptest/original.png";
  const bytes = Buffer.from(Array.from({ length: 4096 }, (_, index) => (index * 37) % 256));
  await mkdir(path.join(mediaDir, path.dirname(storageKey)), { recursive: true });
  await writeFile(path.join(mediaDir, storageKey), bytes);
  await writeFile(path.join(mediaDir, "uploads/2026-01/backuptest/w480.webp"), "webp bytes");
  await db.media.create({
    data: {
      storageKey,
      originalName: "фота.png",
      mimeType: "image/png",
      byteSize: bytes.length,
      variants: [{ width: 480, height: 270, storageKey: "uploads/2026-01/backuptest/w480.webp" }],
      uploadedById: moderator.id,
    },
  });
}

/** Every table's full content, ordered by primary key, as PostgreSQL's JSON text of each row. */
export async function snapshotDatabase(url: string): Promise<Record<string, string[]>> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    const { rows: tables } = await client.query<{ name: string; key: string[] }>(
      `SELECT c.relname AS name,
              array(SELECT a.attname FROM unnest(i.indkey) WITH ORDINALITY k(n, p)
                    JOIN pg_attribute a ON a.attrelid = c.oid AND a.attnum = k.n ORDER BY k.p)::text[] AS key
       FROM pg_class c JOIN pg_namespace ns ON ns.oid = c.relnamespace
       JOIN pg_index i ON i.indrelid = c.oid AND i.indisprimary
       WHERE ns.nspname = 'public' AND c.relkind = 'r' ORDER BY c.relname`,
    );
    const snapshot: Record<string, string[]> = {};
    for (const table of tables) {
      const order = table.key.map((column) => `"${column}"`).join(", ");
      // Migration rows are verified by a restore, not copied: compare what identifies them.
      const select =
        table.name === "_prisma_migrations"
          ? "jsonb_build_object('name', migration_name, 'checksum', checksum)::text"
          : "to_jsonb(t)::text";
      const { rows } = await client.query<{ row: string }>(
        `SELECT ${select} AS row FROM "${table.name}" t ORDER BY ${order}`,
      );
      snapshot[table.name] = rows.map((row) => row.row);
    }
    return snapshot;
  } finally {
    await client.end();
  }
}

/** Every file under `dir` with its bytes. */
export async function snapshotFiles(dir: string): Promise<Record<string, Buffer>> {
  const { files } = await listFiles(dir);
  const entries = await Promise.all(
    files.map(async (file) => [file, await readFile(path.join(dir, file))] as const),
  );
  return Object.fromEntries(entries);
}
