import { execFile } from "node:child_process";
import { chmod, chown, mkdtemp, rm } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { promisify } from "node:util";
import { findFreePort } from "@/lib/runtime/processes";

const BIN = process.env.PG_BIN ?? "/usr/lib/postgresql/15/bin";
const run = promisify(execFile);

export type DebianPostgres = {
  /** postgresql://postgres@127.0.0.1:port/postgres (trust on 127.0.0.1 only). */
  adminUrl: string;
  port: number;
  /** Stops the server (fast shutdown: connections are cut, as in an outage). */
  stop(): Promise<void>;
  /** Starts it again on the same port with the same data. */
  start(): Promise<void>;
  /** Stops it and removes its folder. */
  destroy(): Promise<void>;
};

/**
 * Debian's PostgreSQL (the `postgresql` package), a server of its own in a temp folder on a free
 * port, which a test may stop and start again: the cluster test's database outage. As root, its
 * programs run as the `postgres` user, which initdb requires.
 */
export async function startDebianPostgres(): Promise<DebianPostgres> {
  const dir = await mkdtemp(path.join(os.tmpdir(), "cluster-pg-"));
  const asRoot = process.getuid?.() === 0;
  if (asRoot) {
    const { stdout } = await run("id", ["-u", "postgres"]);
    const { stdout: group } = await run("id", ["-g", "postgres"]);
    await chown(dir, Number(stdout.trim()), Number(group.trim()));
  }
  await chmod(dir, 0o700);
  const port = await findFreePort();
  const data = path.join(dir, "data");
  const pgCommand = async (program: string, args: string[]) => {
    const quoted = [path.join(BIN, program), ...args].map(
      (arg) => `'${arg.replaceAll("'", "'\\''")}'`,
    );
    if (asRoot) await run("su", ["postgres", "-s", "/bin/sh", "-c", quoted.join(" ")]);
    else await run(path.join(BIN, program), args);
  };
  await pgCommand("initdb", [
    "-D",
    data,
    "-U",
    "postgres",
    "-A",
    "trust",
    "-E",
    "UTF8",
    "--locale=C.UTF-8",
  ]);
  const options = `-p ${port} -k ${dir} -c listen_addresses=127.0.0.1 -c fsync=off`;
  const start = () =>
    pgCommand("pg_ctl", ["-D", data, "-l", path.join(dir, "log"), "-w", "-o", options, "start"]);
  const stop = () => pgCommand("pg_ctl", ["-D", data, "-m", "fast", "-w", "stop"]);
  await start();
  return {
    adminUrl: `postgresql://postgres@127.0.0.1:${port}/postgres`,
    port,
    start,
    stop,
    async destroy() {
      await stop().catch(() => undefined);
      await rm(dir, { recursive: true, force: true });
    },
  };
}
