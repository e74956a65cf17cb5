import { describe, expect, it } from "vitest";
import {
  CreatePreviewLinkSchema,
  PREVIEW_TOKEN,
  previewLinkPath,
} from "@/lib/articles/preview-links-schemas";
import { PRIVATE_CACHE, cachePolicy } from "@/lib/runtime/cache-policy";

const token = "A".repeat(42) + "_";

describe("preview link addresses and choices", () => {
  it("is in the article's language, unprefixed for the default one", () => {
    expect(previewLinkPath(token, { lang: "be", defaultLang: "en" })).toBe(`/be/preview/${token}`);
    expect(previewLinkPath(token, { lang: "en", defaultLang: "en" })).toBe(`/preview/${token}`);
  });

  it("offers an hour to 30 days and nothing else; the label is optional", () => {
    const base = { articleId: "a1" };
    for (const expiresIn of ["1h", "1d", "7d", "30d"]) {
      expect(CreatePreviewLinkSchema.safeParse({ ...base, expiresIn }).success).toBe(true);
    }
    expect(CreatePreviewLinkSchema.safeParse({ ...base, expiresIn: "365d" }).success).toBe(false);
    expect(CreatePreviewLinkSchema.parse({ ...base, expiresIn: "7d" }).label).toBe("");
    expect(
      CreatePreviewLinkSchema.safeParse({ ...base, expiresIn: "7d", label: "x".repeat(121) })
        .success,
    ).toBe(false);
  });

  it("accepts only a 43-character base64url token", () => {
    expect(PREVIEW_TOKEN.test(token)).toBe(true);
    expect(PREVIEW_TOKEN.test(token.slice(1))).toBe(false);
    expect(PREVIEW_TOKEN.test(`${token.slice(1)}=`)).toBe(false);
  });

  it.each([`/preview/${token}`, `/be/preview/${token}`, `/ru/preview/${token}?x=1`])(
    "%s is never stored by any cache, even when Next.js marks it cacheable",
    (path) => {
      const page = { cookie: undefined, contentType: "text/html", cacheControl: "s-maxage=60" };
      expect(cachePolicy({ ...page, path })).toBe(PRIVATE_CACHE);
    },
  );
});
