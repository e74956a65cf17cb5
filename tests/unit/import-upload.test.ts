import { mkdtemp, readFile, readdir, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { UploadRefusedError, receiveExportUpload } from "@/lib/import/wordpress/upload";

let dir: string;

beforeAll(async () => {
  dir = path.join(await mkdtemp(path.join(tmpdir(), "import-upload-")), "imports");
});

afterAll(async () => {
  await rm(path.dirname(dir), { recursive: true, force: true });
});

function formRequest(parts: { file?: { name: string; bytes: Buffer }; fields?: object }) {
  const form = new FormData();
  for (const [name, value] of Object.entries(parts.fields ?? {})) form.set(name, String(value));
  if (parts.file) form.set("file", new Blob([new Uint8Array(parts.file.bytes)]), parts.file.name);
  return new Request("http://site.example/admin/import/upload", { method: "POST", body: form });
}

async function refusal(request: Request, maxBytes = 1024 * 1024): Promise<string> {
  const error = await receiveExportUpload(request, { dir, maxBytes }).then(
    () => null,
    (e: unknown) => e,
  );
  if (error instanceof UploadRefusedError) return error.reason;
  throw new Error(`expected a refusal, got ${String(error)}`);
}

const leftFiles = async () => (await readdir(dir).catch(() => [])).length;
const xml = (size: number) =>
  Buffer.concat([
    Buffer.from('\ufeff\n  <?xml version="1.0" encoding="UTF-8"?><rss><channel>'),
    Buffer.alloc(size, "a"),
    Buffer.from("</channel></rss>"),
  ]);

describe("receiving an export upload", () => {
  it("writes the file to disk byte for byte, with the form's fields", async () => {
    const bytes = xml(300_000);
    const received = await receiveExportUpload(
      formRequest({
        file: { name: "C:\\Users\\anna\\site.WordPress.2026.xml", bytes },
        fields: { dryRun: "on", authors: "mine" },
      }),
      { dir, maxBytes: 1024 * 1024 },
    );
    expect(received.fields).toEqual({ dryRun: "on", authors: "mine" });
    expect(received.file.name).toBe("site.WordPress.2026.xml");
    expect(received.file.size).toBe(bytes.length);
    expect(path.dirname(received.file.path)).toBe(dir);
    expect((await readFile(received.file.path)).equals(bytes)).toBe(true);
    await rm(received.file.path);
  });

  it("refuses a file over the limit, one that is not XML, and a form without a file, keeping nothing", async () => {
    expect(await refusal(formRequest({ file: { name: "big.xml", bytes: xml(5000) } }), 4096)).toBe(
      "tooLarge",
    );
    const zip = Buffer.concat([Buffer.from("PK\u0003\u0004"), Buffer.alloc(10_000)]);
    expect(await refusal(formRequest({ file: { name: "export.zip", bytes: zip } }))).toBe("notXml");
    expect(
      await refusal(formRequest({ file: { name: "empty.xml", bytes: Buffer.alloc(0) } })),
    ).toBe("noFile");
    expect(await refusal(formRequest({ fields: { authors: "mine" } }))).toBe("noFile");
    expect(await leftFiles()).toBe(0);
  });

  it("takes a file of exactly the limit", async () => {
    const bytes = xml(4000);
    const received = await receiveExportUpload(formRequest({ file: { name: "edge.xml", bytes } }), {
      dir,
      maxBytes: bytes.length,
    });
    expect(received.file.size).toBe(bytes.length);
    await rm(received.file.path);
  });

  it("keeps nothing of an upload cut off midway", async () => {
    const complete = formRequest({ file: { name: "cut.xml", bytes: xml(200_000) } });
    const type = complete.headers.get("content-type")!;
    // Half the body, then the connection breaks.
    const head = new Uint8Array(await complete.arrayBuffer()).subarray(0, 100_000);
    let sent = false;
    const body = new ReadableStream<Uint8Array>({
      pull(controller) {
        if (!sent) {
          sent = true;
          controller.enqueue(head);
        } else controller.error(new Error("connection reset"));
      },
    });
    const request = new Request("http://site.example/admin/import/upload", {
      method: "POST",
      body,
      headers: { "content-type": type },
      duplex: "half",
    } as RequestInit);
    expect(await refusal(request)).toBe("incomplete");
    expect(await leftFiles()).toBe(0);
  });
});
