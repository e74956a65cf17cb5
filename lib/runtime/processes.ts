import { readFile, rm } from "node:fs/promises";
import net from "node:net";

export function isProcessAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === "EPERM";
  }
}

/** True when `pid` is alive and its command line mentions `name` (guards against reused pids). */
async function isProcessRunning(pid: number, name: string): Promise<boolean> {
  if (!isProcessAlive(pid)) return false;
  const cmdline = await readFile(`/proc/${pid}/cmdline`, "utf8").catch(() => null);
  return cmdline === null ? true : cmdline.includes(name);
}

/** Stops a process a killed run left behind (recorded in `pidFile`), then removes the file. */
export async function stopLeftover(
  pidFile: string,
  name: string,
  signal: NodeJS.Signals,
): Promise<number | null> {
  const pid = await readPidFile(pidFile);
  let stopped: number | null = null;
  if (pid !== null && (await isProcessRunning(pid, name))) {
    process.kill(pid, signal);
    if (!(await waitForExit(pid, 30_000))) process.kill(pid, "SIGKILL");
    stopped = pid;
  }
  await rm(pidFile, { force: true });
  return stopped;
}

/** The pid written on the first line of a pid file, or null when there is none. */
export async function readPidFile(file: string): Promise<number | null> {
  const text = await readFile(file, "utf8").catch(() => null);
  const pid = Number.parseInt(text?.split("\n")[0] ?? "", 10);
  return Number.isInteger(pid) && pid > 0 ? pid : null;
}

export async function waitForExit(pid: number, timeoutMs: number): Promise<boolean> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (!isProcessAlive(pid)) return true;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  return !isProcessAlive(pid);
}

/** True when nothing listens on the port (tried the way a server would bind it). */
export function isPortFree(port: number, host?: string): Promise<boolean> {
  return new Promise((resolve) => {
    const server = net.createServer();
    server.once("error", () => resolve(false));
    server.listen({ port, host, exclusive: true }, () => server.close(() => resolve(true)));
  });
}

/** A free TCP port chosen by the operating system. */
export function findFreePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.once("error", reject);
    server.listen(0, "127.0.0.1", () => {
      const address = server.address();
      server.close(() =>
        typeof address === "object" && address
          ? resolve(address.port)
          : reject(new Error("no port")),
      );
    });
  });
}
