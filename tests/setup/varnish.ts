import { type ChildProcess, spawn } from "node:child_process";
import { chmod, mkdtemp, readFile, rm, writeFile } from "node:fs/promises";
import net from "node:net";
import os from "node:os";
import path from "node:path";
import { findFreePort } from "@/lib/runtime/processes";

const DEPLOY = path.join(import.meta.dirname, "../../deploy/varnish");
const VARNISHD = process.env.VARNISHD ?? "varnishd";

export type Varnish = {
  port: number;
  url: string;
  stop(): Promise<void>;
};

/**
 * deploy/varnish/campaign-common.vcl with its two example backends replaced by one per port.
 * Each rewritten text must still be there, so a change to the file the test would silently skip
 * fails instead.
 */
function withBackends(common: string, ports: readonly number[]): string {
  const blocks = common.match(/^backend app\d+ \{\n(?:.*\n)*?\}\n/gm) ?? [];
  const adds = common.match(/^ {4}campaign\.add_backend\(app\d+\);\n/gm) ?? [];
  if (blocks.length !== 2 || adds.length !== 2)
    throw new Error("campaign-common.vcl no longer has two example backends: update the test");
  const [template, second] = blocks as [string, string];
  const [firstAdd, secondAdd] = adds as [string, string];
  if (!template.includes('.port = "3000";'))
    throw new Error('campaign-common.vcl backend app1 no longer has .port = "3000"');
  let text = common.replace(second, "").replace(secondAdd, "");
  text = text.replace(
    template,
    ports
      .map((port, index) =>
        template.replace("backend app1", `backend app${index + 1}`).replace('"3000"', `"${port}"`),
      )
      .join(""),
  );
  return text.replace(
    firstAdd,
    ports.map((_, index) => `    campaign.add_backend(app${index + 1});\n`).join(""),
  );
}

function waitForPort(port: number, child: ChildProcess, log: () => string): Promise<void> {
  const deadline = Date.now() + 20_000;
  return new Promise((resolve, reject) => {
    const attempt = () => {
      if (child.exitCode !== null)
        return reject(new Error(`varnishd exited (${child.exitCode}): ${log()}`));
      const socket = net.connect(port, "127.0.0.1");
      socket.once("connect", () => {
        socket.destroy();
        resolve();
      });
      socket.once("error", () => {
        socket.destroy();
        if (Date.now() > deadline) reject(new Error(`varnishd never listened: ${log()}`));
        else setTimeout(attempt, 100);
      });
    };
    attempt();
  });
}

/**
 * Runs Debian's varnishd in the foreground with a VCL of deploy/varnish as shipped (`campaign`
 * with xkey, or `campaign-ban`), its backends pointed at `backends` (ports on 127.0.0.1), on a
 * free port, in a temp folder that stop() removes.
 */
export async function startVarnish(options: {
  vcl: "campaign" | "campaign-ban";
  backends: readonly number[];
}): Promise<Varnish> {
  const dir = await mkdtemp(path.join(os.tmpdir(), "varnish-test-"));
  // varnishd drops to its own user when started as root: it must read the folder.
  await chmod(dir, 0o755);
  const common = await readFile(path.join(DEPLOY, "campaign-common.vcl"), "utf8");
  await writeFile(path.join(dir, "campaign-common.vcl"), withBackends(common, options.backends));
  const main = await readFile(path.join(DEPLOY, `${options.vcl}.vcl`), "utf8");
  await writeFile(path.join(dir, "main.vcl"), main);
  const port = await findFreePort();
  const args = [
    ...["-F", "-n", path.join(dir, "work"), "-a", `127.0.0.1:${port}`],
    ...["-f", path.join(dir, "main.vcl"), "-p", `vcl_path=${dir}`],
    ...["-s", "malloc,64m", "-T", "none", "-p", "ban_lurker_sleep=0.1"],
  ];
  const child = spawn(VARNISHD, args, { stdio: ["ignore", "pipe", "pipe"] });
  let output = "";
  child.stdout?.on("data", (chunk: Buffer) => (output = (output + chunk.toString()).slice(-4000)));
  child.stderr?.on("data", (chunk: Buffer) => (output = (output + chunk.toString()).slice(-4000)));
  try {
    await waitForPort(port, child, () => output);
  } catch (error) {
    child.kill("SIGKILL");
    await rm(dir, { recursive: true, force: true });
    throw error;
  }
  return {
    port,
    url: `http://127.0.0.1:${port}`,
    async stop() {
      if (child.exitCode === null) {
        const exited = new Promise((resolve) => child.once("exit", resolve));
        child.kill("SIGTERM");
        const timer = setTimeout(() => child.kill("SIGKILL"), 5_000);
        await exited;
        clearTimeout(timer);
      }
      await rm(dir, { recursive: true, force: true });
    },
  };
}
