import "server-only";
import { randomUUID } from "node:crypto";
import { createWriteStream } from "node:fs";
import { mkdir, rm } from "node:fs/promises";
import path from "node:path";
import { Readable, Transform, type TransformCallback } from "node:stream";
import { pipeline } from "node:stream/promises";
import type { ReadableStream as NodeReadableStream } from "node:stream/web";
import busboy from "busboy";

export type UploadRefusal = "noFile" | "notXml" | "tooLarge" | "incomplete";

/** Why an upload was not kept; the route turns the reason into a message. */
export class UploadRefusedError extends Error {
  constructor(readonly reason: UploadRefusal) {
    super(`upload refused: ${reason}`);
    this.name = "UploadRefusedError";
  }
}

export type ReceivedUpload = {
  fields: Record<string, string>;
  file: { name: string; path: string; size: number };
};

const SNIFF_BYTES = 64;

/**
 * Counts the bytes and looks at the first ones: an XML file starts, after a byte-order mark and
 * blank space, with "<". Anything else (a zip, a PDF, an SQL dump) is not an export; from then
 * on its bytes are dropped, not written.
 */
class XmlSniffer extends Transform {
  size = 0;
  isXml: boolean | null = null;
  private head = "";

  override _transform(chunk: Buffer, _encoding: BufferEncoding, done: TransformCallback) {
    this.size += chunk.length;
    if (this.isXml === null) {
      this.head += chunk.toString("latin1", 0, SNIFF_BYTES);
      this.decide(false);
    }
    done(null, this.isXml === false ? undefined : chunk);
  }

  override _flush(done: TransformCallback) {
    this.decide(true);
    done();
  }

  private decide(isEnd: boolean) {
    const text = this.head.replace(/^\xef\xbb\xbf/, "").replace(/^[\s]+/, "");
    if (text.length > 0) this.isXml = text.startsWith("<");
    else if (isEnd || this.head.length >= SNIFF_BYTES) this.isXml = false;
  }
}

/**
 * Reads a multipart form as it arrives: the text fields into memory (a few, small), the part
 * named `file` straight to a new file in `dir`, never the whole body in memory. The file is
 * deleted again when the upload is refused.
 */
export async function receiveExportUpload(
  request: Request,
  { dir, maxBytes }: { dir: string; maxBytes: number },
): Promise<ReceivedUpload> {
  const contentType = request.headers.get("content-type") ?? "";
  if (!request.body || !contentType.startsWith("multipart/form-data"))
    throw new UploadRefusedError("noFile");
  await mkdir(dir, { recursive: true });
  const fields: Record<string, string> = {};
  const state: { file: Receiving | null } = { file: null };

  const parser = busboy({
    headers: { "content-type": contentType },
    // One byte over the limit marks the file truncated: exactly `maxBytes` is still taken.
    limits: { files: 1, fileSize: maxBytes + 1, fields: 20, fieldSize: 4096, parts: 30 },
  });
  parser.on("field", (name, value) => {
    fields[name] ??= value;
  });
  parser.on("file", (name, stream, info) => {
    if (name !== "file" || state.file || !info.filename) return void stream.resume();
    state.file = receiveFile(stream, path.join(dir, `${randomUUID()}.xml`), info.filename);
  });

  const body = Readable.fromWeb(request.body as NodeReadableStream<Uint8Array>);
  const file = await pipeline(body, parser).then(
    async () => {
      await state.file?.written;
      return state.file;
    },
    async () => {
      await state.file?.written;
      if (state.file) await rm(state.file.path, { force: true });
      throw new UploadRefusedError("incomplete");
    },
  );
  if (!file) throw new UploadRefusedError("noFile");
  const refusal = refusalOf(file);
  if (refusal) {
    await rm(file.path, { force: true });
    throw new UploadRefusedError(refusal);
  }
  return { fields, file: { name: file.name, path: file.path, size: file.sniffer.size } };
}

function refusalOf(file: Receiving): UploadRefusal | null {
  if (file.isTruncated()) return "tooLarge";
  if (file.failed) return "incomplete";
  if (file.sniffer.size === 0) return "noFile";
  return file.sniffer.isXml ? null : "notXml";
}

type Receiving = {
  name: string;
  path: string;
  sniffer: XmlSniffer;
  isTruncated: () => boolean;
  written: Promise<void>;
  failed: boolean;
};

/**
 * Writes one file part to `target`. The part is piped, not put in a pipeline: should the disk
 * refuse, the part must still be read to its end, or the parser would wait for it forever.
 */
function receiveFile(
  stream: Readable & { truncated?: boolean },
  target: string,
  filename: string,
): Receiving {
  const sniffer = new XmlSniffer();
  const receiving: Receiving = {
    name: path.basename(filename.replaceAll("\\", "/")).slice(0, 200),
    path: target,
    sniffer,
    isTruncated: () => stream.truncated === true,
    written: Promise.resolve(),
    failed: false,
  };
  // An upload cut short ends the part with an error, which pipe() does not pass on.
  stream.on("error", (error) => sniffer.destroy(error));
  stream.pipe(sniffer);
  receiving.written = pipeline(
    sniffer,
    createWriteStream(target, { flags: "wx", mode: 0o600 }),
  ).catch((error: unknown) => {
    console.error("[import upload] the file was not saved whole", error);
    receiving.failed = true;
    stream.unpipe(sniffer);
    stream.resume();
  });
  return receiving;
}
