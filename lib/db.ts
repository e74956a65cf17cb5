import { PrismaPg } from "@prisma/adapter-pg";
import { currentDatabaseUrl } from "@/lib/env";
import { PrismaClient } from "@/lib/generated/prisma/client";

export function createPrismaClient(connectionString: string): PrismaClient {
  return new PrismaClient({ adapter: new PrismaPg({ connectionString }) });
}

function requireDatabaseUrl(): string {
  const url = currentDatabaseUrl();
  if (!url) {
    throw new Error(
      "DATABASE_URL is not set: start the app with `npm start` or `npm run dev`, which provide it.",
    );
  }
  return url;
}

const globalForDb = globalThis as unknown as { prisma?: PrismaClient };

/** The app's one Prisma client, created on first use so importing this module never connects. */
export function getDb(): PrismaClient {
  globalForDb.prisma ??= createPrismaClient(requireDatabaseUrl());
  return globalForDb.prisma;
}
