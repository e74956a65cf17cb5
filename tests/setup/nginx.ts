import { type ChildProcess, execFile, spawn } from "node:child_process";
import { chmod, mkdir, mkdtemp, readFile, rm, writeFile } from "node:fs/promises";
import net from "node:net";
import os from "node:os";
import path from "node:path";
import { promisify } from "node:util";
import { findFreePort } from "@/lib/runtime/processes";

const run = promisify(execFile);
const NGINX = process.env.NGINX_PATH ?? "nginx";

/**
 * Lines for a test's `http {}` block: every file nginx writes stays in its own temp folder. The
 * Debian build's compiled-in paths (/var/lib/nginx, /var/log/nginx) belong to the system's nginx,
 * and a test that is not root could not open them at all.
 */
export const NGINX_TEST_PATHS = `
    access_log {{PREFIX}}/access.log;
    client_body_temp_path {{PREFIX}}/body;
    proxy_temp_path {{PREFIX}}/proxy;
    fastcgi_temp_path {{PREFIX}}/fastcgi;
    uwsgi_temp_path {{PREFIX}}/uwsgi;
    scgi_temp_path {{PREFIX}}/scgi;
`;

export type NginxOptions = {
  /**
   * A whole nginx.conf, without `daemon`, `pid` or a main-level `error_log` (the helper sets
   * them). `{{PREFIX}}` is replaced by the server's temp folder; `{{PORT}}` and every
   * `{{PORT_<NAME>}}` by a free port of its own, all listened on before startNginx resolves.
   */
  config: string;
  /** Files written under the temp folder before nginx starts (a document root, a certificate). */
  files?: Record<string, string | Buffer>;
};

export type Nginx = {
  /** The port `{{PORT}}` stood for. */
  port: number;
  /** Every port by its placeholder's name: `PORT`, `PORT_HTTP`… */
  ports: Record<string, number>;
  /** The temp folder: the config, the error log, the cache, the files given. */
  prefix: string;
  /** What nginx wrote to its error log so far (for a failing test's message). */
  errorLog: () => Promise<string>;
  /** Stops nginx and its workers, then removes the temp folder. */
  stop: () => Promise<void>;
};

/** Starts a real nginx (Debian's, or NGINX_PATH) in the foreground on free ports. */
export async function startNginx(options: NginxOptions): Promise<Nginx> {
  const prefix = await mkdtemp(path.join(os.tmpdir(), "nginx-test-"));
  // Workers run as an unprivileged user when the test is root: they must reach the cache folder.
  await chmod(prefix, 0o755);
  const names = [...new Set(options.config.match(/\{\{PORT(?:_[A-Z0-9]+)?\}\}/g) ?? [])];
  const ports: Record<string, number> = {};
  for (const name of names) ports[name.slice(2, -2)] = await findFreePort();
  let config = options.config.replaceAll("{{PREFIX}}", prefix);
  for (const [name, port] of Object.entries(ports)) {
    config = config.replaceAll(`{{${name}}}`, String(port));
  }
  for (const [file, content] of Object.entries(options.files ?? {})) {
    await mkdir(path.dirname(path.join(prefix, file)), { recursive: true });
    await writeFile(path.join(prefix, file), content);
  }
  const configFile = path.join(prefix, "nginx.conf");
  await writeFile(configFile, config);
  const errorLogFile = path.join(prefix, "error.log");
  const errorLog = () => readFile(errorLogFile, "utf8").catch(() => "");
  const args = [
    "-p",
    `${prefix}/`,
    "-c",
    configFile,
    "-e",
    errorLogFile,
    "-g",
    `daemon off; pid ${prefix}/nginx.pid;`,
  ];

  const fail = async (message: string) => {
    await rm(prefix, { recursive: true, force: true });
    return new Error(message);
  };
  try {
    await run(NGINX, ["-t", "-q", ...args]);
  } catch (error) {
    const { stderr } = error as { stderr?: string };
    throw await fail(`nginx -t refused the config: ${stderr ?? String(error)}`);
  }

  const child = spawn(NGINX, args, { stdio: ["ignore", "ignore", "pipe"] });
  let stderr = "";
  child.stderr?.on("data", (chunk: Buffer) => (stderr += chunk.toString()));
  const stop = async () => {
    if (child.exitCode === null && child.signalCode === null) {
      // TERM is nginx's fast shutdown: the master stops its workers before it exits.
      child.kill("SIGTERM");
      const timer = setTimeout(() => child.kill("SIGKILL"), 5_000);
      await new Promise((resolve) => child.once("exit", resolve));
      clearTimeout(timer);
    }
    await rm(prefix, { recursive: true, force: true });
  };
  try {
    await Promise.all(Object.values(ports).map((port) => waitForListening(port, child)));
  } catch (error) {
    const log = await errorLog();
    await stop();
    throw new Error(`nginx did not start: ${String(error)}\n${stderr}${log}`);
  }
  return { port: ports.PORT ?? 0, ports, prefix, errorLog, stop };
}

async function waitForListening(port: number, child: ChildProcess): Promise<void> {
  const deadline = Date.now() + 10_000;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`nginx exited with ${child.exitCode}`);
    const open = await new Promise<boolean>((resolve) => {
      const socket = net.connect({ port, host: "127.0.0.1" });
      socket.once("connect", () => {
        socket.destroy();
        resolve(true);
      });
      socket.once("error", () => resolve(false));
    });
    if (open) return;
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  throw new Error(`nothing listened on port ${port} within 10 s`);
}
