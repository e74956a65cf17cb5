import { describe, expect, it } from "vitest";
import { checkImageFile } from "@/components/admin/editor/upload-request";

const file = (name: string, type: string, size: number) =>
  new File([new Uint8Array(size)], name, { type });

describe("what the editor refuses before uploading an image", () => {
  it("takes the media library's four image types up to the limit", () => {
    for (const type of ["image/jpeg", "image/png", "image/webp", "image/gif"]) {
      expect(checkImageFile(file("photo", type, 1000), 1000)).toBeNull();
    }
  });

  it("names the file and the limit when it is too large", () => {
    expect(checkImageFile(file("vigil.jpg", "image/jpeg", 2_000_001), 2_000_000)).toBe(
      "“vigil.jpg” is larger than the limit of 1.9 MB. Nothing was uploaded.",
    );
  });

  it("refuses anything that is not one of those images, whatever its size", () => {
    for (const [name, type] of [
      ["report.pdf", "application/pdf"],
      ["drawing.svg", "image/svg+xml"],
      ["notes", ""],
    ]) {
      expect(checkImageFile(file(name!, type!, 10), 1000)).toContain(`“${name}” is not a JPEG`);
    }
  });
});
