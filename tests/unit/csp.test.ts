import { createHash } from "node:crypto";
import { describe, expect, it } from "vitest";
import { contentSecurityPolicy, inlineScriptHashes } from "@/lib/runtime/csp";

const sha = (text: string) => `'sha256-${createHash("sha256").update(text).digest("base64")}'`;

describe("hash-based CSP", () => {
  it("hashes the exact text of each inline script, once, and ignores external scripts", () => {
    const html = `<head><script src="/_next/static/a.js" async></script><script>self.__next_f.push([1,"a"])</script></head>
      <body><script type="application/ld+json">{"@type":"NewsArticle"}</script><script>self.__next_f.push([1,"a"])</script><script id="x">
 multi
line </script></body>`;
    expect(inlineScriptHashes(html)).toEqual([
      sha(`self.__next_f.push([1,"a"])`),
      sha(`{"@type":"NewsArticle"}`),
      sha(`\n multi\nline `),
    ]);
  });

  it("allows only this site and the hashed scripts, never inline or eval'd code", () => {
    const policy = contentSecurityPolicy([sha("a")]);
    expect(policy).toContain(`script-src 'self' ${sha("a")}`);
    expect(policy).not.toMatch(/unsafe-inline'[^;]*;\s*style/);
    expect(policy.split("; ").find((p) => p.startsWith("script-src"))).not.toContain("unsafe");
    expect(policy).toContain("frame-ancestors 'none'");
    expect(policy).toContain("default-src 'self'");
  });
});
