import { describe, expect, it } from "vitest";
import { readCappedBody } from "@/lib/http/read-capped-body";

/** A request whose body arrives in chunks with no Content-Length, as a chunked upload does. */
function chunkedRequest(chunks: Uint8Array[]): { request: Request; pulled: () => number } {
  let index = 0;
  const body = new ReadableStream<Uint8Array>({
    pull(controller) {
      const chunk = chunks[index++];
      if (chunk === undefined) controller.close();
      else controller.enqueue(chunk);
    },
  });
  const request = new Request("http://localhost/admin/api/articles/autosave", {
    method: "POST",
    body,
    duplex: "half",
  } as RequestInit);
  return { request, pulled: () => index };
}

describe("readCappedBody", () => {
  it("reads a chunked body within the limit, with a letter split across two chunks", async () => {
    const text = JSON.stringify({ values: { title: ["Вясна"] } });
    const bytes = new TextEncoder().encode(text);
    const split = bytes.indexOf(0xd0) + 1;
    const { request } = chunkedRequest([bytes.slice(0, split), bytes.slice(split)]);
    expect(request.headers.get("content-length")).toBeNull();
    expect(await readCappedBody(request, 1_000)).toBe(text);
  });

  it("gives null for a chunked body over the limit, and stops reading it there", async () => {
    const chunk = new TextEncoder().encode("x".repeat(1_000));
    const { request, pulled } = chunkedRequest(Array.from({ length: 100 }, () => chunk));
    expect(request.headers.get("content-length")).toBeNull();
    expect(await readCappedBody(request, 10_000)).toBeNull();
    expect(pulled()).toBeLessThan(15);
  });

  it("gives null when Content-Length says too much, and the whole text when it just fits", async () => {
    const announced = new Request("http://localhost/x", {
      method: "POST",
      headers: { "content-length": "2001" },
      body: "x",
    });
    expect(await readCappedBody(announced, 2_000)).toBeNull();
    const fits = new Request("http://localhost/x", { method: "POST", body: "x".repeat(2_000) });
    expect(await readCappedBody(fits, 2_000)).toBe("x".repeat(2_000));
    const over = new Request("http://localhost/x", { method: "POST", body: "x".repeat(2_001) });
    expect(await readCappedBody(over, 2_000)).toBeNull();
  });
});
