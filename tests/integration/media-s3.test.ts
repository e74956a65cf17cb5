import { type IncomingHttpHeaders, type Server, createServer, request } from "node:http";
import type { AddressInfo } from "node:net";
import {
  GetObjectCommand,
  HeadObjectCommand,
  ListObjectsV2Command,
  S3Client,
} from "@aws-sdk/client-s3";
import { afterAll, beforeAll, describe, expect, inject, it, vi } from "vitest";
import type { Actor } from "@/lib/auth/permissions";
import { createS3Storage } from "@/lib/media/s3-storage";
import { parseVariants } from "@/lib/media/schemas";
import { serveMedia } from "@/lib/media/serve";
import { deleteMedia, uploadMedia } from "@/lib/media/service";
import { type MediaStorage, getMediaStorage } from "@/lib/media/storage";
import { createStaffOfEveryRole } from "@/tests/factories/articles";
import { makeImage } from "@/tests/factories/media";
import { type TestDatabase, createTestDatabase } from "@/tests/setup/database";
import { s3Env, startS3Server } from "@/tests/setup/s3";

let s3: Awaited<ReturnType<typeof startS3Server>>;
let database: TestDatabase;
let staff: Record<"admin" | "editor" | "author" | "moderator", Actor>;
let raw: S3Client;
let storage: MediaStorage;
const PREFIX = "campaign/";

const configFor = (endpoint: string, prefix = "") => ({
  bucket: s3.bucket,
  region: "us-east-1",
  endpoint,
  accessKeyId: s3.accessKeyId,
  secretAccessKey: s3.secretAccessKey,
  forcePathStyle: true,
  prefix,
});

beforeAll(async () => {
  s3 = await startS3Server();
  database = await createTestDatabase(inject("pgAdminUrl"), inject("templateDatabase"));
  // What an app instance is given: the bucket through the environment, under a prefix.
  Object.assign(process.env, s3Env(s3), { S3_PREFIX: PREFIX, DATABASE_URL: database.url });
  staff = await createStaffOfEveryRole(database.db);
  raw = new S3Client({
    region: "us-east-1",
    endpoint: s3.endpoint,
    forcePathStyle: true,
    credentials: { accessKeyId: s3.accessKeyId, secretAccessKey: s3.secretAccessKey },
  });
  storage = createS3Storage(configFor(s3.endpoint));
});

afterAll(async () => {
  raw?.destroy();
  await database?.drop();
  await s3?.stop();
});

async function listKeys(prefix: string): Promise<string[]> {
  const listed = await raw.send(new ListObjectsV2Command({ Bucket: s3.bucket, Prefix: prefix }));
  return (listed.Contents ?? []).map((object) => object.Key ?? "").sort();
}

async function readRaw(key: string): Promise<Buffer> {
  const object = await raw.send(new GetObjectCommand({ Bucket: s3.bucket, Key: key }));
  return Buffer.from(await object.Body!.transformToByteArray());
}

async function readAll(body: ReadableStream<Uint8Array>): Promise<Buffer> {
  return Buffer.from(await new Response(body).arrayBuffer());
}

const bytes = Buffer.from(Array.from({ length: 70_000 }, (_, i) => (i * 7) % 256));

describe("S3 storage against a real S3 server (s3rver)", () => {
  it("gives back exactly the bytes it stored, with the type of the file's extension", async () => {
    await storage.put("basic/a.webp", bytes);
    expect((await storage.get("basic/a.webp"))?.equals(bytes)).toBe(true);
    // Byte for byte in the bucket too.
    expect((await readRaw("basic/a.webp")).equals(bytes)).toBe(true);
    const types: Record<string, string> = {
      "basic/b.jpeg": "image/jpeg",
      "basic/c.avif": "image/avif",
      "basic/d.PDF": "application/pdf",
      "basic/e.svg": "application/octet-stream",
      "basic/f": "application/octet-stream",
    };
    for (const [key, type] of Object.entries(types)) {
      await storage.put(key, Buffer.from("x"));
      const head = await raw.send(new HeadObjectCommand({ Bucket: s3.bucket, Key: key }));
      expect(head.ContentType, key).toBe(type);
    }
  });

  it("streams a file with its size", async () => {
    await storage.put("basic/streamed.png", bytes);
    const file = await storage.stream("basic/streamed.png");
    expect(file?.size).toBe(bytes.length);
    expect((await readAll(file!.body)).equals(bytes)).toBe(true);
  });

  it("answers null for a key that holds nothing, from get and from stream", async () => {
    expect(await storage.get("basic/never-stored.png")).toBeNull();
    expect(await storage.stream("basic/never-stored.png")).toBeNull();
  });

  it("deletes, and deleting what is not there is no error", async () => {
    await storage.put("basic/gone.gif", bytes);
    await storage.delete("basic/gone.gif");
    expect(await storage.get("basic/gone.gif")).toBeNull();
    expect(await listKeys("basic/gone")).toEqual([]);
    await expect(storage.delete("basic/gone.gif")).resolves.toBeUndefined();
  });

  it("refuses unsafe keys before asking the server", async () => {
    for (const key of ["../x", "a//b", "/abs.png", "a/../b.png", ""]) {
      await expect(storage.put(key, bytes), key).rejects.toThrow(/Refused media key/);
      await expect(storage.get(key), key).rejects.toThrow(/Refused media key/);
      await expect(storage.stream(key), key).rejects.toThrow(/Refused media key/);
      await expect(storage.delete(key), key).rejects.toThrow(/Refused media key/);
    }
    expect(await listKeys("a")).toEqual([]);
  });

  it("keeps a prefixed storage's files under its prefix, apart from the bucket's root", async () => {
    const prefixed = createS3Storage(configFor(s3.endpoint, "site-b/"));
    await prefixed.put("uploads/p.png", bytes);
    expect(await listKeys("site-b/")).toEqual(["site-b/uploads/p.png"]);
    expect((await readRaw("site-b/uploads/p.png")).equals(bytes)).toBe(true);
    expect(await storage.get("uploads/p.png")).toBeNull();
    expect((await prefixed.get("uploads/p.png"))?.equals(bytes)).toBe(true);
  });

  it("sends the configured credentials (s3rver knows only its own access key)", async () => {
    const wrong = createS3Storage({ ...configFor(s3.endpoint), accessKeyId: "SOMEONE-ELSE" });
    await expect(wrong.put("basic/w.png", bytes)).rejects.toMatchObject({
      name: "InvalidAccessKeyId",
    });
  });
});

describe("the upload path with MEDIA_STORAGE=s3", () => {
  it("stores an upload in the bucket that another instance serves at /media", async () => {
    expect(getMediaStorage()).not.toBe(storage);
    const jpeg = await makeImage("jpeg", 1200, 800);
    // No storage option: the app's own, chosen from the environment.
    const uploaded = await uploadMedia(
      staff.editor,
      { name: "vigil.jpg", bytes: jpeg },
      { altText: "Vigil", credit: "" },
      { maxBytes: 2 * 1024 * 1024 },
    );
    const row = await database.db.media.findUniqueOrThrow({ where: { id: uploaded.id } });
    const keys = [row.storageKey, ...parseVariants(row.variants).map((v) => v.storageKey)];
    expect(keys).toHaveLength(3);
    expect(await listKeys(PREFIX)).toEqual(keys.map((key) => PREFIX + key).sort());

    // Another instance: its own client, the same configuration.
    const other = createS3Storage(configFor(s3.endpoint, PREFIX));
    for (const key of keys) {
      const response = await serveMedia(other, key.split("/"));
      expect(response.status, key).toBe(200);
      expect(response.headers.get("content-type")).toBe(
        key.endsWith(".jpg") ? "image/jpeg" : "image/webp",
      );
      const served = Buffer.from(await response.arrayBuffer());
      expect(response.headers.get("content-length")).toBe(String(served.length));
      expect(served.equals(await readRaw(PREFIX + key))).toBe(true);
    }
    expect((await serveMedia(other, ["uploads", "2020-01", "nothing.webp"])).status).toBe(404);

    await deleteMedia(staff.editor, uploaded.id, { storage: other });
    expect(await listKeys(PREFIX)).toEqual([]);
    expect((await serveMedia(getMediaStorage(), row.storageKey.split("/"))).status).toBe(404);
  });
});

/**
 * A pass-through to s3rver (which ignores If-None-Match on uploads) that answers conditional
 * uploads itself as a store would that has the key already (412) or has no conditional writes
 * (501). Headers go through unchanged (Host included, as signed).
 */
async function conditionalFront(status: 412 | 501) {
  const puts: IncomingHttpHeaders[] = [];
  const target = new URL(s3.endpoint);
  const server: Server = createServer((req, res) => {
    if (req.method === "PUT") puts.push(req.headers);
    if (req.method === "PUT" && req.headers["if-none-match"]) {
      req.resume();
      const code = status === 412 ? "PreconditionFailed" : "NotImplemented";
      res.writeHead(status, { "Content-Type": "application/xml" });
      res.end(`<?xml version="1.0" encoding="UTF-8"?><Error><Code>${code}</Code></Error>`);
      return;
    }
    const upstream = request(
      { host: target.hostname, port: target.port, method: req.method, path: req.url },
      (answer) => {
        res.writeHead(answer.statusCode ?? 502, answer.headers);
        answer.pipe(res);
      },
    );
    for (const [name, value] of Object.entries(req.headers)) {
      if (value !== undefined) upstream.setHeader(name, value);
    }
    req.pipe(upstream);
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  return {
    endpoint: `http://127.0.0.1:${port}`,
    puts,
    conditional: () => puts.map((headers) => headers["if-none-match"] === "*"),
    stop: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

describe("conditional uploads (If-None-Match: *)", () => {
  it("reports a key that the store says is taken", async () => {
    const front = await conditionalFront(412);
    try {
      const through = createS3Storage(configFor(front.endpoint));
      await expect(through.put("cond/taken.png", bytes)).rejects.toThrow(/already taken/);
      expect(front.conditional()).toEqual([true]);
      expect(await listKeys("cond/")).toEqual([]);
    } finally {
      await front.stop();
    }
  });

  it("writes plainly, from then on, to a store without conditional writes", async () => {
    const front = await conditionalFront(501);
    const warn = vi.spyOn(console, "warn").mockImplementation(() => undefined);
    try {
      const through = createS3Storage(configFor(front.endpoint));
      await through.put("cond/one.png", bytes);
      await through.put("cond/two.png", bytes);
      expect(front.conditional()).toEqual([true, false, false]);
      expect(await listKeys("cond/")).toEqual(["cond/one.png", "cond/two.png"]);
      expect((await through.get("cond/two.png"))?.equals(bytes)).toBe(true);
      expect(warn).toHaveBeenCalledTimes(1);
      // requestChecksumCalculation WHEN_REQUIRED: no CRC32 headers or aws-chunked body, which
      // older S3-compatible stores refuse; the body's SHA-256 is signed instead.
      for (const headers of front.puts) {
        expect(Object.keys(headers).filter((name) => name.includes("checksum"))).toEqual([]);
        expect(headers["content-encoding"]).toBeUndefined();
        expect(headers["x-amz-content-sha256"]).toMatch(/^[0-9a-f]{64}$/);
        expect(headers["content-length"]).toBe(String(bytes.length));
      }
    } finally {
      warn.mockRestore();
      await front.stop();
    }
  });
});
