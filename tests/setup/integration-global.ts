import type { TestProject } from "vitest/node";
import { applyMigrations } from "@/lib/migrations/runner";
import { MIGRATIONS_DIR } from "@/lib/runtime/database";
import {
  databaseUrl,
  runAdminQuery,
  startTestCluster,
  uniqueDatabaseName,
} from "@/tests/setup/database";

declare module "vitest" {
  export interface ProvidedContext {
    pgAdminUrl: string;
    templateDatabase: string;
  }
}

/** One PostgreSQL for the run and one migrated template database that each test file copies. */
export default async function setup(project: TestProject) {
  const cluster = await startTestCluster("integration");
  const template = uniqueDatabaseName("template");
  await runAdminQuery(cluster.adminUrl, `CREATE DATABASE "${template}"`);
  await applyMigrations(databaseUrl(cluster.adminUrl, template), MIGRATIONS_DIR);
  project.provide("pgAdminUrl", cluster.adminUrl);
  project.provide("templateDatabase", template);
  return async () => {
    if (process.env.TEST_DATABASE_URL) {
      await runAdminQuery(cluster.adminUrl, `DROP DATABASE IF EXISTS "${template}" WITH (FORCE)`);
    }
    await cluster.stop();
  };
}
