import { readdir } from "node:fs/promises";
import path from "node:path";
import { DomUtils, parseDocument } from "htmlparser2";

/** Every file under `dir`, as relative paths, sorted. */
export async function listFiles(dir: string, prefix = ""): Promise<string[]> {
  const files: string[] = [];
  for (const entry of await readdir(path.join(dir, prefix), { withFileTypes: true })) {
    const name = path.posix.join(prefix, entry.name);
    if (entry.isDirectory()) files.push(...(await listFiles(dir, name)));
    else files.push(name);
  }
  return files.sort();
}

/** Every address an HTML page, style sheet, feed or JSON-LD block of the mirror refers to. */
export function referencesOf(type: string, text: string): { ref: string; inNote: boolean }[] {
  if (type.startsWith("text/css")) {
    return [...text.matchAll(/url\(\s*['"]?([^'")]+)/g)].map((m) => ({
      ref: m[1]!,
      inNote: false,
    }));
  }
  if (/xml/.test(type)) {
    return [
      ...text.matchAll(
        /<(?:link|guid|loc|comments)>([^<]+)<|(?<![\w-])(?:href|src|domain)="([^"]+)"/g,
      ),
    ].map((m) => ({ ref: (m[1] ?? m[2])!.replace(/&amp;/g, "&"), inNote: false }));
  }
  if (!type.startsWith("text/html")) return [];
  const document = parseDocument(text);
  const refs: { ref: string; inNote: boolean }[] = [];
  for (const el of DomUtils.findAll(() => true, document.children)) {
    let inNote = false;
    for (let node = el.parent; node; node = node.parent) {
      if ("attribs" in node && "data-mirror-note" in node.attribs) inNote = true;
    }
    for (const name of ["href", "src", "poster"]) {
      if (el.attribs[name]) refs.push({ ref: el.attribs[name], inNote });
    }
    for (const candidate of (el.attribs.srcset ?? "").split(",").filter((c) => c.trim())) {
      refs.push({ ref: candidate.trim().split(/\s+/)[0]!, inNote });
    }
    for (const m of (el.attribs.style ?? "").matchAll(/url\(\s*['"]?([^'")]+)/g)) {
      refs.push({ ref: m[1]!, inNote });
    }
    if (el.name === "script" && el.attribs.type === "application/ld+json") {
      JSON.stringify(JSON.parse(DomUtils.textContent(el)), (key, value: unknown) => {
        if (["url", "@id", "item", "image"].includes(key) && typeof value === "string")
          refs.push({ ref: value, inNote: false });
        if (key === "image" && Array.isArray(value))
          for (const item of value) refs.push({ ref: String(item), inNote: false });
        return value;
      });
    }
  }
  return refs;
}
