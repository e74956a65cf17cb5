/**
 * `npm test`: typecheck, lint, then unit, integration and end-to-end tests in one Vitest run.
 * Ends with the line `N passed, N failed` (typecheck, lint and knip count as one check each).
 */
import { spawn, spawnSync } from "node:child_process";
import { mkdirSync, readFileSync, rmSync } from "node:fs";

type Counts = { passed: number; failed: number; skipped: number };
const counts: Counts = { passed: 0, failed: 0, skipped: 0 };
const env = {
  ...process.env,
  NEXT_TELEMETRY_DISABLED: "1",
  FORCE_COLOR: process.env.FORCE_COLOR ?? "1",
};

function run(command: string, args: string[]): number {
  console.log(`\n$ ${command} ${args.join(" ")}`);
  return spawnSync(command, args, { stdio: "inherit", env }).status ?? 1;
}

/** Runs a check with its output kept until it ends, so checks run side by side print apart. */
function check(name: string, command: string, args: string[]): Promise<void> {
  return new Promise((resolve) => {
    const child = spawn(command, args, { env, stdio: ["ignore", "pipe", "pipe"] });
    const output: Buffer[] = [];
    child.stdout.on("data", (chunk: Buffer) => output.push(chunk));
    child.stderr.on("data", (chunk: Buffer) => output.push(chunk));
    child.on("close", (code) => {
      const ok = code === 0;
      counts[ok ? "passed" : "failed"] += 1;
      process.stdout.write(`\n$ ${command} ${args.join(" ")}\n${Buffer.concat(output).toString()}`);
      console.log(`${ok ? "✓" : "✗"} ${name}`);
      resolve();
    });
  });
}

// Typecheck, lint and knip read the same files and change nothing: they run at once.
await Promise.all([
  check("typecheck", "npx", ["tsc", "--noEmit"]),
  check("lint", "npx", ["eslint", ".", "--max-warnings=0"]),
  check("unused files, exports and dependencies (knip)", "npx", ["knip", "--no-progress"]),
]);

const report = ".test-results/vitest.json";
mkdirSync(".test-results", { recursive: true });
rmSync(report, { force: true });
const projects = process.argv.slice(2).flatMap((name) => ["--project", name]);
const status = run("npx", [
  "vitest",
  "run",
  ...projects,
  "--reporter=default",
  "--reporter=json",
  `--outputFile.json=${report}`,
]);
try {
  const result = JSON.parse(readFileSync(report, "utf8")) as {
    numPassedTests: number;
    numFailedTests: number;
    numPendingTests: number;
    numTodoTests: number;
  };
  counts.passed += result.numPassedTests;
  counts.failed += result.numFailedTests;
  counts.skipped += result.numPendingTests + result.numTodoTests;
  // A failed global setup or a file that failed to load fails no single test: count it once.
  if (status !== 0 && result.numFailedTests === 0) counts.failed += 1;
} catch {
  counts.failed += 1;
}

console.log("");
console.log(
  `${counts.passed} passed, ${counts.failed} failed${counts.skipped ? `, ${counts.skipped} skipped` : ""}`,
);
process.exit(counts.failed > 0 ? 1 : 0);
