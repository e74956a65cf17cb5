import { createHash } from "node:crypto";
import { createRequire } from "node:module";
import { PassThrough } from "node:stream";
import type * as ReactTypes from "react";
import type * as ServerTypes from "react-dom/server";
import { describe, expect, it } from "vitest";
import { contentSecurityPolicy, inlineScriptHashes, isFrameworkScript } from "@/lib/runtime/csp";

const sha = (text: string) => `'sha256-${createHash("sha256").update(text).digest("base64")}'`;
const TURBOPACK =
  '(globalThis["TURBOPACK"] || (globalThis["TURBOPACK"] = [])).push({"otherChunks":["static/chunks/a.js"],"runtimeModuleIds":[94553]});';

describe("hash-based CSP", () => {
  it("hashes the framework's own inline scripts exactly, once, and nothing external or data", () => {
    const html = `<head><script src="/_next/static/a.js" async></script><script>(self.__next_f=self.__next_f||[]).push([0])</script><script id="_R_">${TURBOPACK}</script></head>
      <body><script type="application/ld+json">{"@type":"NewsArticle"}</script><script>self.__next_f.push([1,"a\\"b\\u003c/script\\u003e"])</script><script>self.__next_f.push([1,"a\\"b\\u003c/script\\u003e"])</script></body>`;
    expect(inlineScriptHashes(html)).toEqual([
      sha("(self.__next_f=self.__next_f||[]).push([0])"),
      sha(TURBOPACK),
      sha('self.__next_f.push([1,"a\\"b\\u003c/script\\u003e"])'),
    ]);
  });

  it.each([
    "window.__xss=1",
    "alert(1)",
    "(self.__next_f=self.__next_f||[]).push([0]);alert(1)",
    'self.__next_f.push([1,"a"]);alert(1)',
    'self.__next_f.push([1,"a"],alert(1))',
    'self.__next_f.push([1,"a"+alert(1)+"b"])',
    'self.__next_f.push([1,"a",alert(1)])',
    'self.__next_f.push([9,"a"])',
    '(globalThis["TURBOPACK"] || (globalThis["TURBOPACK"] = [])).push({"a":1});alert(1);',
    '(globalThis["TURBOPACK"] || (globalThis["TURBOPACK"] = [])).push({"a":alert(1)});',
    '(globalThis["TURBOPACK"] || (globalThis["TURBOPACK"] = [])).push([alert]);',
  ])("gives no hash to %s", (script) => {
    expect(isFrameworkScript(script)).toBe(false);
    expect(inlineScriptHashes(`<script>${script}</script>`)).toEqual([]);
  });

  it("allows only this site and the hashed scripts, never inline or eval'd code", () => {
    const policy = contentSecurityPolicy([sha("a")]);
    expect(policy).toContain(`script-src 'self' ${sha("a")}`);
    expect(policy).not.toMatch(/unsafe-inline'[^;]*;\s*style/);
    expect(policy.split("; ").find((p) => p.startsWith("script-src"))).not.toContain("unsafe");
    expect(policy).toContain("frame-ancestors 'none'");
    expect(policy).toContain("default-src 'self'");
    // Frames only from the four embed players, which load only after a reader's click.
    expect(policy.split("; ").find((p) => p.startsWith("frame-src"))).toBe(
      "frame-src https://www.youtube-nocookie.com https://player.vimeo.com https://platform.twitter.com https://t.me",
    );
  });
});

describe("React's streaming instructions", () => {
  /** A page as Next.js's own React streams it: a Suspense boundary that finishes after the shell. */
  async function streamedPage(): Promise<string> {
    const require = createRequire(import.meta.url);
    const React = require("next/dist/compiled/react") as typeof ReactTypes;
    const { renderToPipeableStream } =
      require("next/dist/compiled/react-dom/server.node") as typeof ServerTypes;
    let release!: () => void;
    const ready = new Promise<void>((resolve) => (release = resolve));
    let done = false;
    // A component that suspends until `ready`, as React's own data loading does.
    function Late(): ReactTypes.ReactNode {
      // eslint-disable-next-line @typescript-eslint/only-throw-error -- Suspense's protocol
      if (!done) throw ready.then(() => void (done = true));
      return React.createElement("p", null, "late content");
    }
    const tree = React.createElement(
      "main",
      null,
      React.createElement(React.Suspense, { fallback: "loading" }, React.createElement(Late)),
    );
    return new Promise((resolve, reject) => {
      const sink = new PassThrough();
      let html = "";
      sink.on("data", (chunk: Buffer) => (html += chunk.toString("utf8")));
      sink.on("end", () => resolve(html));
      const stream = renderToPipeableStream(tree, {
        onShellReady() {
          stream.pipe(sink);
          setTimeout(release, 10);
        },
        onError: reject,
      });
    });
  }

  it("hashes the scripts that reveal a late Suspense boundary, so its content shows", async () => {
    const html = await streamedPage();
    const scripts = [...html.matchAll(/<script>([\s\S]*?)<\/script>/g)].map((match) => match[1]!);
    expect(scripts.some((script) => script.includes('$RC("B:0","S:0")'))).toBe(true);
    expect(inlineScriptHashes(html)).toEqual(scripts.map(sha));
  });

  it.each([
    '$RC("B:0","S:0");alert(1)',
    '$RC("B:0",alert(1))',
    '$RC=function(){alert(1)};$RC("B:0","S:0")',
    "$RB=[];alert(1)",
    "requestAnimationFrame(function(){$RT=performance.now()});alert(1)",
    '$RC(["a"],{"b":1})',
  ])("gives no hash to %s", (script) => {
    expect(inlineScriptHashes(`<script>${script}</script>`)).toEqual([]);
  });
});
