/**
 * Benchmark of one article page in three setups on this machine, in one run: Varnish
 * (deploy/varnish/campaign.vcl) in front of two instances on Debian's PostgreSQL, one instance's
 * front alone, and nginx serving the same page as a static file. Prints req/s, p50 and p99 at 50
 * connections, and the bytes of each answer. It measures; it asserts nothing.
 */
import { execFile, execFileSync } from "node:child_process";
import { promisify } from "node:util";
import { gzipSync } from "node:zlib";
import type autocannon from "autocannon";
import { runAutocannon } from "@/tests/bench/harness";
import { startCluster } from "@/tests/cluster/servers";
import { startNginx } from "@/tests/setup/nginx";

const SECONDS = Number(process.env.BENCH_SECONDS) || 10;
const CONNECTIONS = Number(process.env.BENCH_CONNECTIONS) || 50;
// What Chromium sends: each setup answers as it would answer a reader.
const HEADERS = { "accept-encoding": "gzip, deflate, br, zstd" };

const STATIC_CONFIG = `
worker_processes auto;
events { worker_connections 4096; }
http {
    access_log off;
    sendfile on;
    tcp_nopush on;
    keepalive_requests 100000;
    gzip_static on;
    include /etc/nginx/mime.types;
    server {
        listen 127.0.0.1:{{PORT}};
        root {{PREFIX}}/site;
        location / { try_files $uri $uri/index.html =404; }
    }
}
`;

type Figures = { rps: number; p50: number; p99: number; bytes: number; errors: number };

const execFileAsync = promisify(execFile);

/** wrk (Debian's, written in C) loads the server far less than a Node client on a small machine. */
async function withWrk(url: string): Promise<Figures> {
  const { stdout } = await execFileAsync("wrk", [
    ...["-t2", `-c${CONNECTIONS}`, `-d${SECONDS}s`, "--latency"],
    ...["-H", `Accept-Encoding: ${HEADERS["accept-encoding"]}`, url],
  ]);
  const ms = (label: string) => {
    const match = new RegExp(`^\\s*${label}%\\s+([\\d.]+)(us|ms|s)`, "m").exec(stdout);
    if (!match) throw new Error(`wrk printed no ${label}th percentile:\n${stdout}`);
    const value = Number(match[1]);
    return match[2] === "us" ? value / 1000 : match[2] === "s" ? value * 1000 : value;
  };
  const requests = Number(/(\d+) requests in/.exec(stdout)?.[1] ?? 0);
  const read = /requests in [^,]+, ([\d.]+)(B|KB|MB|GB) read/.exec(stdout);
  const unit = { B: 1, KB: 1024, MB: 1024 ** 2, GB: 1024 ** 3 }[read?.[2] ?? "B"] ?? 1;
  const errors = Number(/Non-2xx or 3xx responses: (\d+)/.exec(stdout)?.[1] ?? 0);
  return {
    rps: Number(/Requests\/sec:\s+([\d.]+)/.exec(stdout)?.[1] ?? 0),
    p50: ms("50"),
    p99: ms("99"),
    bytes: (Number(read?.[1] ?? 0) * unit) / Math.max(1, requests),
    errors,
  };
}

async function withAutocannon(url: string): Promise<Figures> {
  const result: autocannon.Result = await runAutocannon({
    url,
    connections: CONNECTIONS,
    duration: SECONDS,
    headers: HEADERS,
  }).done;
  return {
    rps: result.requests.average,
    p50: result.latency.p50,
    p99: result.latency.p99,
    bytes: result.throughput.total / Math.max(1, result.requests.total),
    errors: result.errors + result.non2xx,
  };
}

async function measure(label: string, url: string, tool: "wrk" | "autocannon") {
  // A short warm-up, so every cache on the way holds the page.
  await runAutocannon({ url, connections: 10, duration: 2, headers: HEADERS }).done;
  const figures = tool === "wrk" ? await withWrk(url) : await withAutocannon(url);
  console.log(
    `${label.padEnd(34)} ${String(Math.round(figures.rps)).padStart(7)} req/s` +
      `   p50 ${figures.p50.toFixed(1).padStart(5)} ms   p99 ${figures.p99.toFixed(1).padStart(5)} ms` +
      `   ${Math.round(figures.bytes)} B/answer` +
      (figures.errors ? `   ${figures.errors} non-2xx` : ""),
  );
}

function hasWrk(): boolean {
  try {
    execFileSync("wrk", ["--version"], { stdio: "ignore" });
    return true;
  } catch (error) {
    // wrk --version exits 1 after printing its version.
    return (error as { status?: number }).status === 1;
  }
}

export async function benchmarkCluster() {
  console.log("Building and starting PostgreSQL, an S3 store, two instances and Varnish…");
  const cluster = await startCluster();
  try {
    const answer = await fetch(`${cluster.varnish.url}/`);
    const home = await answer.text();
    const story = /href="[^"]*(\/news\/[^"/?#]+)"/.exec(home)?.[1];
    if (!story)
      throw new Error(`No story on the home page (${answer.status}): ${home.slice(0, 300)}`);
    const page = await fetch(`${cluster.a.url}${story}`);
    const html = Buffer.from(await page.arrayBuffer());
    const nginx = await startNginx({
      config: STATIC_CONFIG,
      files: {
        [`site${story}/index.html`]: html,
        [`site${story}/index.html.gz`]: gzipSync(html, { level: 9 }),
      },
    });
    try {
      const tool = hasWrk() ? "wrk" : "autocannon";
      console.log(
        `\nOne article page (${story}), ${CONNECTIONS} connections, ${SECONDS} s each, ${html.length} B of HTML, load from ${tool}:`,
      );
      await measure("Varnish in front of two instances", `${cluster.varnish.url}${story}`, tool);
      await measure("the front alone (one instance)", `${cluster.a.url}${story}`, tool);
      await measure(
        "nginx, the page as a static file",
        `http://127.0.0.1:${nginx.port}${story}`,
        tool,
      );
    } finally {
      await nginx.stop();
    }
  } finally {
    await cluster.stop();
  }
}
