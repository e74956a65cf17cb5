import { defineConfig } from "prisma/config";

// Prisma's CLI tries to download its native schema engine even for `generate`, which
// does not need it; on machines without that download, point it at a no-op binary.
process.env.PRISMA_SCHEMA_ENGINE_BINARY ??= "/bin/false";

export default defineConfig({
  schema: "prisma/schema.prisma",
  migrations: {
    path: "prisma/migrations",
    seed: "tsx scripts/seed.ts",
  },
  datasource: {
    // `prisma generate` needs no database; the app and scripts resolve the real URL in lib/env.ts.
    url: process.env.DATABASE_URL ?? "postgresql://localhost:5432/placeholder",
  },
});
