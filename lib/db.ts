import { PrismaPg } from "@prisma/adapter-pg";
import { PrismaClient } from "@/lib/generated/prisma/client";

export function createPrismaClient(connectionString: string): PrismaClient {
  return new PrismaClient({ adapter: new PrismaPg({ connectionString }) });
}

function requireDatabaseUrl(): string {
  const url = process.env.DATABASE_URL;
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
