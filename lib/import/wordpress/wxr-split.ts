/**
 * Cuts a WXR export into its records (each <item>, <wp:author>, <wp:category>, <wp:tag> and
 * <wp:term>) as raw bytes, reading the file as a stream: memory holds one record at a time, never
 * the file. The cut is made on bytes, before any decoding, so bad UTF-8 or broken XML inside one
 * record stays inside that record. CDATA sections, comments and processing instructions are
 * skipped whole, so "</item>" written inside a post's body does not end the item.
 */

export type RawRecord = { kind: "record"; name: string; bytes: Buffer; offset: number };
/** Everything before the first record: the <rss> element and the channel's own fields. */
export type Prelude = { kind: "prelude"; text: string };

const RECORD_NAMES = ["item", "wp:author", "wp:category", "wp:tag", "wp:term"];
const PRELUDE_MAX = 1024 * 1024;
const LT = 0x3c;

const SKIPPED: [open: Buffer, close: Buffer][] = [
  [Buffer.from("<![CDATA["), Buffer.from("]]>")],
  [Buffer.from("<!--"), Buffer.from("-->")],
  [Buffer.from("<?"), Buffer.from("?>")],
];

const isNameEnd = (byte: number | undefined) =>
  byte === undefined ||
  byte === 0x3e ||
  byte === 0x2f ||
  byte === 0x20 ||
  (byte >= 9 && byte <= 13);

/** The record name opened by the tag at `at`, "" for none, or null when more bytes are needed. */
function recordOpening(buffer: Buffer, at: number): string | null {
  for (const name of RECORD_NAMES) {
    const end = at + 1 + name.length;
    if (end >= buffer.length) {
      if (
        buffer.toString("latin1", at + 1, buffer.length) === name.slice(0, buffer.length - at - 1)
      )
        return null;
      continue;
    }
    if (buffer.toString("latin1", at + 1, end) === name && isNameEnd(buffer[end])) return name;
  }
  return "";
}

class WxrSplitter {
  private pending: Buffer = Buffer.alloc(0);
  /** File offset of pending[0]. */
  private base = 0;
  private scan = 0;
  private record: { name: string; start: number; close: Buffer } | null = null;
  private preludeDone = false;
  private preludeParts: Buffer[] = [];
  private preludeBytes = 0;

  /** Feeds the next chunk; returns what it completes. */
  push(chunk: Buffer): (RawRecord | Prelude)[] {
    this.pending = this.pending.length ? Buffer.concat([this.pending, chunk]) : chunk;
    const out: (RawRecord | Prelude)[] = [];
    this.advance(out);
    return out;
  }

  /** The end of the file: a record left open is returned as it is (the parser reports it). */
  end(): (RawRecord | Prelude)[] {
    const out: (RawRecord | Prelude)[] = [];
    if (this.record) {
      const bytes = this.pending.subarray(this.record.start);
      out.push({
        kind: "record",
        name: this.record.name,
        bytes,
        offset: this.base + this.record.start,
      });
      this.record = null;
    } else if (!this.preludeDone) {
      this.keepPrelude(this.pending.length);
    }
    if (!this.preludeDone) out.push(this.finishPrelude());
    this.pending = Buffer.alloc(0);
    return out;
  }

  private keepPrelude(upTo: number) {
    if (this.preludeDone || this.preludeBytes >= PRELUDE_MAX) return;
    const part = this.pending.subarray(0, Math.min(upTo, PRELUDE_MAX - this.preludeBytes));
    this.preludeParts.push(Buffer.from(part));
    this.preludeBytes += part.length;
  }

  private finishPrelude(): Prelude {
    this.preludeDone = true;
    const text = Buffer.concat(this.preludeParts).toString("utf8");
    this.preludeParts = [];
    return { kind: "prelude", text };
  }

  /** Drops bytes before `upTo` (nothing there is needed any more). */
  private discard(upTo: number) {
    if (!this.preludeDone) this.keepPrelude(upTo);
    this.pending = this.pending.subarray(upTo);
    this.base += upTo;
    this.scan -= upTo;
    if (this.record) this.record.start -= upTo;
  }

  private advance(out: (RawRecord | Prelude)[]) {
    const buffer = () => this.pending;
    for (;;) {
      const at = buffer().indexOf(LT, this.scan);
      if (at === -1) {
        this.scan = buffer().length;
        if (!this.record) this.discard(buffer().length);
        return;
      }
      const skipped = this.skipSection(at);
      if (skipped === null) return this.waitAt(at);
      if (skipped > 0) {
        this.scan = skipped;
        continue;
      }
      if (this.record) {
        const close = this.record.close;
        if (at + close.length > buffer().length) return this.waitAt(at);
        if (
          buffer()
            .subarray(at, at + close.length)
            .equals(close)
        ) {
          const end = at + close.length;
          const { name, start } = this.record;
          out.push({
            kind: "record",
            name,
            bytes: buffer().subarray(start, end),
            offset: this.base + start,
          });
          this.record = null;
          this.scan = end;
          this.discard(end);
          continue;
        }
        this.scan = at + 1;
        continue;
      }
      const name = recordOpening(buffer(), at);
      if (name === null) return this.waitAt(at);
      if (name) {
        if (!this.preludeDone) {
          this.keepPrelude(at);
          out.push(this.finishPrelude());
        }
        this.discard(at);
        this.record = { name, start: 0, close: Buffer.from(`</${name}>`) };
        this.scan = 1;
        continue;
      }
      this.scan = at + 1;
    }
  }

  /** Waits for more bytes, keeping everything from `at` on. */
  private waitAt(at: number) {
    this.scan = at;
    if (!this.record) this.discard(at);
  }

  /** The offset after a CDATA section, comment or PI starting at `at`; 0 if none; null: more bytes. */
  private skipSection(at: number): number | null {
    const buffer = this.pending;
    for (const [open, close] of SKIPPED) {
      const head = buffer.subarray(at, at + open.length);
      if (head.length < open.length) {
        if (open.subarray(0, head.length).equals(head)) return null;
        continue;
      }
      if (!head.equals(open)) continue;
      const end = buffer.indexOf(close, at + open.length);
      return end === -1 ? null : end + close.length;
    }
    return 0;
  }
}

/** Reads a byte stream and yields the prelude, then each record, in file order. */
export async function* splitWxr(
  source: AsyncIterable<Buffer | string> | Iterable<Buffer>,
  onBytes?: (read: number) => void,
): AsyncGenerator<RawRecord | Prelude> {
  const splitter = new WxrSplitter();
  let read = 0;
  for await (const chunk of source) {
    const bytes = typeof chunk === "string" ? Buffer.from(chunk) : chunk;
    read += bytes.length;
    onBytes?.(read);
    yield* splitter.push(bytes);
  }
  yield* splitter.end();
}
