import { spawn } from "node:child_process";
import path from "node:path";

export type ScriptResult = { code: number | null; stdout: string; stderr: string };

/** Runs one of scripts/*.ts as `npm run` does (node --import tsx), with only the given variables added. */
export function runScript(
  script: string,
  args: string[],
  env: Record<string, string>,
  timeoutMs = 60_000,
): Promise<ScriptResult> {
  return new Promise((resolve, reject) => {
    const child = spawn(
      process.execPath,
      ["--import", "tsx", path.join("scripts", script), ...args],
      {
        env: { ...cleanEnv(), ...env },
      },
    );
    let stdout = "";
    let stderr = "";
    child.stdout.on("data", (chunk: Buffer) => (stdout += chunk.toString()));
    child.stderr.on("data", (chunk: Buffer) => (stderr += chunk.toString()));
    const timer = setTimeout(() => {
      child.kill("SIGKILL");
      reject(new Error(`${script} did not finish in ${timeoutMs} ms:\n${stdout}\n${stderr}`));
    }, timeoutMs);
    child.on("exit", (code) => {
      clearTimeout(timer);
      resolve({ code, stdout, stderr });
    });
  });
}

/** The parent's environment without the variables the app reads, so each test states its own. */
export function cleanEnv(): NodeJS.ProcessEnv {
  const drop =
    /^(DATABASE_URL|PORT|SITE_URL|DATA_DIR|EMBEDDED_PG_PORT|ADMIN_EMAIL|ADMIN_PASSWORD|SEED_DEMO_CONTENT|NODE_ENV|NEXT_DIST_DIR)$/;
  return Object.fromEntries(
    Object.entries(process.env).filter(([name]) => !drop.test(name)),
  ) as NodeJS.ProcessEnv;
}
