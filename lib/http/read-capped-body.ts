/** A request or a fetch response: anything with headers and a body stream. */
type Message = { headers: Headers; body: ReadableStream<Uint8Array> | null };

/**
 * A body's bytes, or null once it is longer than `maxBytes`. Counted as it arrives, so a chunked
 * body (no Content-Length) is capped too and never read past the limit.
 */
export async function readCappedBytes(message: Message, maxBytes: number): Promise<Buffer | null> {
  if (Number(message.headers.get("content-length") ?? 0) > maxBytes) return null;
  if (!message.body) return Buffer.alloc(0);
  const reader = message.body.getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) return Buffer.concat(chunks);
    size += value.byteLength;
    if (size > maxBytes) {
      await reader.cancel().catch(() => undefined);
      return null;
    }
    chunks.push(value);
  }
}

/** The request's body as text, or null once it is longer than `maxBytes` (see readCappedBytes). */
export async function readCappedBody(request: Request, maxBytes: number): Promise<string | null> {
  const bytes = await readCappedBytes(request, maxBytes);
  return bytes && bytes.toString("utf8");
}
