import { execFile } from "node:child_process";
import { mkdtemp, readFile, rm } from "node:fs/promises";
import type http from "node:http";
import https from "node:https";
import net from "node:net";
import os from "node:os";
import path from "node:path";
import { promisify } from "node:util";
import zlib from "node:zlib";
import { findFreePort } from "@/lib/runtime/processes";
import { NGINX_TEST_PATHS, type Nginx, startNginx } from "@/tests/setup/nginx";

const DEPLOY = path.join(import.meta.dirname, "../../deploy/nginx");

type Certificate = { cert: string; key: string };

/** A self-signed certificate for `localhost`, made by openssl for this run only. */
export async function createCertificate(): Promise<Certificate> {
  const dir = await mkdtemp(path.join(os.tmpdir(), "nginx-tls-"));
  try {
    await promisify(execFile)("openssl", [
      ...["req", "-x509", "-newkey", "ec", "-pkeyopt", "ec_paramgen_curve:prime256v1", "-nodes"],
      ...["-days", "1", "-subj", "/CN=localhost", "-addext", "subjectAltName=DNS:localhost"],
      ...["-keyout", path.join(dir, "key.pem"), "-out", path.join(dir, "cert.pem")],
    ]);
    return {
      cert: await readFile(path.join(dir, "cert.pem"), "utf8"),
      key: await readFile(path.join(dir, "key.pem"), "utf8"),
    };
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

/**
 * A site file of deploy/nginx as the test runs it, inside what Debian's nginx.conf sets around
 * every site (gzip on included). The strings rewritten are those the file's header lists; each
 * must still be there, so a change to the file that the test would silently skip fails instead.
 */
function templated(file: string, upstreams: number[], serverExtra: string): string {
  // Comments name the same strings; only directives are rewritten.
  let text = file.replace(/^\s*#.*\n/gm, "");
  const rewrite = (from: string | RegExp, to: (first: boolean) => string) => {
    const found = typeof from === "string" ? text.includes(from) : text.search(from) >= 0;
    if (!found) throw new Error(`The site file no longer has ${String(from)}: update the test`);
    let first = true;
    text = text.replaceAll(from, () => to(first ? !(first = false) : false));
  };
  const servers = upstreams.map((port) => `server 127.0.0.1:${port} max_fails=1 fail_timeout=10s;`);
  rewrite(/^ {4}server 127\.0\.0\.1:\d+[^;]*;\n/gm, (first) =>
    first ? servers.map((line) => `    ${line}\n`).join("") : "",
  );
  rewrite("listen 80;", () => "listen 127.0.0.1:{{PORT_HTTP}};");
  rewrite("listen 443 ssl http2;", () => `listen 127.0.0.1:{{PORT}} ssl http2;${serverExtra}`);
  rewrite(/^ *listen \[::\]:.*\n/gm, () => "");
  rewrite("/etc/letsencrypt/live/example.org/", () => "{{PREFIX}}/tls/");
  if (text.includes("proxy_cache_path")) {
    rewrite("/var/cache/nginx/campaign", () => "{{PREFIX}}/cache");
  }
  rewrite("/etc/nginx/snippets/", () => "{{PREFIX}}/");
  return `worker_processes 1;
events { worker_connections 256; }
http {
${NGINX_TEST_PATHS}
    sendfile on;
    include /etc/nginx/mime.types;
    default_type application/octet-stream;
    ssl_protocols TLSv1 TLSv1.1 TLSv1.2 TLSv1.3;
    gzip on;
${text}
}`;
}

export type CampaignSite = Nginx & { certificate: Certificate };

/**
 * Runs deploy/nginx/<file> with campaign-common.conf on free ports of 127.0.0.1: HTTPS on
 * `port`, plain HTTP on `ports.PORT_HTTP`, balancing over `upstreams`. `serverExtra` is added to
 * the HTTPS server block (the test's shorter cache lifetime).
 */
export async function startCampaignSite(options: {
  file: string;
  upstreams: number[];
  certificate: Certificate;
  serverExtra?: string;
}): Promise<CampaignSite> {
  const [file, common] = await Promise.all([
    readFile(path.join(DEPLOY, options.file), "utf8"),
    readFile(path.join(DEPLOY, "campaign-common.conf"), "utf8"),
  ]);
  const nginx = await startNginx({
    config: templated(file, options.upstreams, options.serverExtra ?? ""),
    files: {
      "campaign-common.conf": common,
      "tls/fullchain.pem": options.certificate.cert,
      "tls/privkey.pem": options.certificate.key,
    },
  });
  return { ...nginx, certificate: options.certificate };
}

export type Reply = {
  status: number;
  headers: http.IncomingHttpHeaders;
  /** The body as the reader's browser decodes it (brotli and gzip undone). */
  text: string;
};

/**
 * One request to the site over TLS, for https://localhost, with the bytes as they crossed the
 * wire. With `declaredLength` and no body, only the headers are sent: the answer to those.
 */
export function requestSite(
  site: CampaignSite,
  target: string,
  options: {
    method?: string;
    headers?: http.OutgoingHttpHeaders;
    body?: Buffer;
    declaredLength?: number;
  } = {},
): Promise<Reply> {
  return new Promise((resolve, reject) => {
    const headers = { host: "localhost", ...options.headers };
    const length = options.body?.length ?? options.declaredLength;
    if (length !== undefined) headers["content-length"] = length;
    const request = https.request({
      host: "127.0.0.1",
      port: site.port,
      path: target,
      method: options.method ?? "GET",
      servername: "localhost",
      ca: site.certificate.cert,
      agent: false,
      headers,
    });
    request.on("response", (response) => {
      const chunks: Buffer[] = [];
      response.on("data", (chunk: Buffer) => chunks.push(chunk));
      response.on("error", reject);
      response.on("end", () => {
        const body = Buffer.concat(chunks);
        const encoding = response.headers["content-encoding"];
        const plain =
          encoding === "br"
            ? zlib.brotliDecompressSync(body)
            : encoding === "gzip"
              ? zlib.gunzipSync(body)
              : body;
        resolve({
          status: response.statusCode ?? 0,
          headers: response.headers,
          text: plain.toString("utf8"),
        });
        request.destroy();
      });
    });
    request.on("error", reject);
    if (options.body || options.declaredLength === undefined) request.end(options.body);
    else request.flushHeaders();
  });
}

/** A TCP pass-through to `port` that the test can close, as if the app behind it had died. */
export async function startPassThrough(port: number) {
  const sockets = new Set<net.Socket>();
  const server = net.createServer((socket) => {
    const upstream = net.connect(port, "127.0.0.1");
    for (const end of [socket, upstream]) {
      sockets.add(end);
      end.on("error", () => undefined);
      end.on("close", () => sockets.delete(end));
    }
    socket.pipe(upstream).pipe(socket);
  });
  const listenPort = await findFreePort();
  await new Promise<void>((resolve) => server.listen(listenPort, "127.0.0.1", resolve));
  let closed: Promise<void> | undefined;
  return {
    port: listenPort,
    close: () => {
      for (const socket of sockets) socket.destroy();
      closed ??= new Promise<void>((resolve) => server.close(() => resolve()));
      return closed;
    },
  };
}
