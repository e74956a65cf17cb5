import path from "node:path";
import { defineConfig } from "vitest/config";

const root = import.meta.dirname;
// The cluster test builds the site and starts PostgreSQL, Varnish, an S3 server and two
// instances: it runs once, by name (`npm run test:cluster`), never within `npm test`, which runs
// every project defined here.
const clusterRequested = process.argv.some(
  (arg, index, all) =>
    arg === "--project=cluster" || (arg === "--project" && all[index + 1] === "cluster"),
);
const shared = {
  resolve: {
    alias: [
      { find: /^@\/(.*)$/, replacement: path.join(root, "$1") },
      // Server modules guard themselves with `server-only`; tests run them directly on Node.
      { find: /^server-only$/, replacement: path.join(root, "tests/setup/empty.ts") },
    ],
  },
};

export default defineConfig({
  test: {
    projects: [
      {
        ...shared,
        test: { name: "unit", include: ["tests/unit/**/*.test.ts"], environment: "node" },
      },
      {
        ...shared,
        test: {
          name: "integration",
          include: ["tests/integration/**/*.test.ts"],
          environment: "node",
          globalSetup: ["tests/setup/integration-global.ts"],
          // next-auth imports "next/server" the way bundlers resolve it; Node's own ESM loader
          // needs the file name, so these packages go through Vite's resolver.
          server: { deps: { inline: ["next-auth", "@auth/core"] } },
          testTimeout: 60_000,
          hookTimeout: 120_000,
        },
      },
      {
        ...shared,
        test: {
          name: "e2e",
          include: ["tests/e2e/**/*.test.ts"],
          environment: "node",
          globalSetup: ["tests/setup/e2e-global.ts"],
          testTimeout: 60_000,
          hookTimeout: 60_000,
          fileParallelism: false,
        },
      },
      ...(clusterRequested
        ? [
            {
              ...shared,
              test: {
                name: "cluster",
                include: ["tests/cluster/**/*.test.ts"],
                environment: "node",
                // A 20 s database outage and a browser driving the staff area of one instance;
                // the build and every server start in the file's beforeAll.
                testTimeout: 180_000,
                hookTimeout: 900_000,
                fileParallelism: false,
              },
            },
          ]
        : []),
    ],
  },
});
