import { randomBytes } from "node:crypto";
import path from "node:path";
import pg from "pg";
import { createPrismaClient } from "@/lib/db";
import type { PrismaClient } from "@/lib/generated/prisma/client";
import { startEmbeddedPostgres } from "@/lib/runtime/embedded-postgres";
import { findFreePort } from "@/lib/runtime/processes";

export type TestCluster = { adminUrl: string; stop: () => Promise<void> };

/** A throwaway embedded PostgreSQL, or the server TEST_DATABASE_URL names (databases are made on it). */
export async function startTestCluster(label: string): Promise<TestCluster> {
  const external = process.env.TEST_DATABASE_URL;
  if (external) return { adminUrl: external, stop: async () => {} };
  const embedded = await startEmbeddedPostgres({
    dataDir: path.join(
      process.cwd(),
      ".test-data",
      `${label}-${process.pid}-${randomBytes(3).toString("hex")}`,
    ),
    port: await findFreePort(),
    database: "postgres",
    throwaway: true,
  });
  return { adminUrl: embedded.url, stop: embedded.stop };
}

export function databaseUrl(adminUrl: string, name: string): string {
  const url = new URL(adminUrl);
  url.pathname = `/${name}`;
  return url.toString();
}

export async function runAdminQuery(adminUrl: string, sql: string): Promise<void> {
  const client = new pg.Client({ connectionString: adminUrl });
  await client.connect();
  try {
    await client.query(sql);
  } finally {
    await client.end();
  }
}

export function uniqueDatabaseName(prefix: string): string {
  return `${prefix}_${Date.now().toString(36)}_${randomBytes(4).toString("hex")}`;
}

export type TestDatabase = {
  name: string;
  url: string;
  db: PrismaClient;
  drop: () => Promise<void>;
};

/** A new database: empty, or copied from `template` (a migrated database made by the global setup). */
export async function createTestDatabase(
  adminUrl: string,
  template?: string,
): Promise<TestDatabase> {
  const name = uniqueDatabaseName("test");
  await runAdminQuery(
    adminUrl,
    `CREATE DATABASE "${name}"${template ? ` TEMPLATE "${template}"` : ""}`,
  );
  const url = databaseUrl(adminUrl, name);
  const db = createPrismaClient(url);
  return {
    name,
    url,
    db,
    drop: async () => {
      await db.$disconnect();
      await runAdminQuery(adminUrl, `DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
    },
  };
}
