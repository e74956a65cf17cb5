import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import ts from "typescript";
import { describe, expect, it } from "vitest";
import { type StaffMessages, staff, staffMessages } from "@/lib/i18n/messages/staff";

const root = path.resolve(import.meta.dirname, "../..");
const STAFF_DIRS = ["app/(admin)", "app/(auth)", "components/admin"];

/** JSX props a person reads or hears; a literal in one of them belongs in the catalogue. */
const VISIBLE_PROPS = new Set([
  "label",
  "legend",
  "hint",
  "title",
  "description",
  "caption",
  "placeholder",
  "alt",
  "aria-label",
  "pendingLabel",
  "badgeLabel",
  "replyLabel",
]);

function sourceFiles(dir: string): string[] {
  return readdirSync(path.join(root, dir), { withFileTypes: true, recursive: true })
    .filter((entry) => entry.isFile() && /\.tsx?$/.test(entry.name))
    .map((entry) => path.relative(root, path.join(entry.parentPath, entry.name)));
}

/** The text of a string or template literal, `${…}` parts replaced by "x". */
function literalText(node: ts.Node): string | null {
  if (ts.isStringLiteral(node) || ts.isNoSubstitutionTemplateLiteral(node)) return node.text;
  if (ts.isTemplateExpression(node)) {
    return node.head.text + node.templateSpans.map((span) => `x${span.literal.text}`).join("");
  }
  return null;
}

/** Reads as words: "Save", "Nothing is scheduled." (not "PAGE", "delete", "—", "/admin"). */
const looksLikeText = (text: string) =>
  /^\s*[A-Z][a-z]/.test(text) || /[a-z]{2,}\s+[a-z]/i.test(text);
/** A capitalised run of three or more words: a sentence or a label, never a class list. */
const isSentence = (text: string) =>
  /(?<![-\w])[A-Z][a-z']*(?:[ ,]+[A-Za-z][a-z']*(?![-\w])){2,}/.test(text);

/** The literals of a JSX expression, not entering nested elements (their own text is scanned). */
function literalsIn(node: ts.Node, out: ts.Node[] = []): ts.Node[] {
  if (ts.isJsxElement(node) || ts.isJsxSelfClosingElement(node) || ts.isJsxFragment(node)) {
    return out;
  }
  if (literalText(node) !== null) out.push(node);
  else ts.forEachChild(node, (child) => void literalsIn(child, out));
  return out;
}

/**
 * English written in source code instead of the catalogue, as "file:line: text": JSX text with a
 * word in it, a literal in a visible prop or among an element's children, or a sentence anywhere.
 */
function findInlineEnglish(file: string, code: string): string[] {
  const kind = file.endsWith(".tsx") ? ts.ScriptKind.TSX : ts.ScriptKind.TS;
  const source = ts.createSourceFile(file, code, ts.ScriptTarget.Latest, true, kind);
  const found: string[] = [];
  const reported = new Set<ts.Node>();
  const report = (node: ts.Node, text: string) => {
    if (reported.has(node)) return;
    reported.add(node);
    const { line } = source.getLineAndCharacterOfPosition(node.getStart());
    found.push(`${file}:${line + 1}: ${text.trim().replace(/\s+/g, " ")}`);
  };
  const visit = (node: ts.Node): void => {
    if (ts.isJsxAttribute(node) && node.name.getText() === "className") return;
    if (ts.isJsxText(node) && /[A-Za-z]{2,}/.test(node.text)) report(node, node.text);
    const inChildren = ts.isJsxExpression(node) && !ts.isJsxAttribute(node.parent);
    const inVisibleProp = ts.isJsxAttribute(node) && VISIBLE_PROPS.has(node.name.getText());
    if ((inChildren || inVisibleProp) && node.getChildCount() > 0) {
      for (const literal of literalsIn(node)) {
        const text = literalText(literal) ?? "";
        if (looksLikeText(text)) report(literal, text);
      }
    }
    const text = literalText(node);
    if (text !== null && isSentence(text)) report(node, text);
    ts.forEachChild(node, visit);
  };
  visit(source);
  return found;
}

const inlineEnglish = (file: string) =>
  findInlineEnglish(file, readFileSync(path.join(root, file), "utf8"));

type Tree = { [key: string]: unknown };

/** Every leaf of the catalogue by its dotted path. */
function leaves(tree: Tree, prefix = ""): [string, unknown][] {
  return Object.entries(tree).flatMap(([key, value]) => {
    const at = prefix ? `${prefix}.${key}` : key;
    return value && typeof value === "object" ? leaves(value as Tree, at) : [[at, value]];
  });
}

/** A sample argument for a catalogue function's parameter, chosen by the parameter's name. */
function sampleFor(parameter: string): string | number | boolean {
  if (/^(count|page|total|level|percent)$/.test(parameter)) return 3;
  if (/^(has|is|filtered)/.test(parameter)) return true;
  if (parameter === "status") return "PENDING";
  return `Sample-${parameter}`;
}

/** The parameter names of an arrow function, read from its source. */
function parameterNames(fn: (...args: never[]) => unknown): string[] {
  const list = /^\(?([^)=]*)\)?\s*=>/.exec(fn.toString())?.[1] ?? "";
  return list
    .split(",")
    .map((name) => name.trim())
    .filter(Boolean);
}

describe("the staff area's strings", () => {
  const files = STAFF_DIRS.flatMap(sourceFiles);

  it("scans the staff pages and components", () => {
    expect(files.length).toBeGreaterThan(50);
    expect(files).toContain("app/(admin)/admin/articles/[id]/page.tsx");
  });

  it("are not written inline in the pages and components, but in the catalogue", () => {
    expect(files.flatMap(inlineEnglish)).toEqual([]);
  });

  it("the scan catches a new sentence, a label or a notice written inline", () => {
    const scan = (code: string) => findInlineEnglish("probe.tsx", code).length;
    expect(scan("const x = <p>Some new sentence here</p>;")).toBe(1);
    expect(scan("const x = <p>Delete</p>;")).toBe(1);
    expect(scan('const x = <Field label="Title" name="title" />;')).toBe(1);
    expect(scan('const x = <b>{isPage ? "New page" : "New article"}</b>;')).toBe(2);
    expect(scan("const x = <b title={`Publish at (${zone})`} />;")).toBe(1);
    expect(scan('setStatus({ message: "Choose an image file to upload." });')).toBe(1);
    expect(scan('if (!confirm(`Delete "${name}"? This cannot be undone.`)) stop();')).toBe(1);
    // What the catalogue leaves behind reads as code, not as English.
    expect(scan('const x = <p className="mt-1 block rounded border">{t.title}</p>;')).toBe(0);
    expect(scan('const x = <p>{kind === "PAGE" ? t.page : null} {" "} 403 —</p>;')).toBe(0);
    expect(scan('const x = <input name="title" type="text" alt="" />;')).toBe(0);
  });

  it("every string is text, and every function writes its arguments into text", () => {
    const all = leaves(staff.en);
    expect(all.length).toBeGreaterThan(300);
    for (const [at, leaf] of all) {
      if (typeof leaf !== "function") {
        expect(typeof leaf, at).toBe("string");
        expect((leaf as string).trim().length, at).toBeGreaterThan(0);
        continue;
      }
      const fn = leaf as (...args: unknown[]) => unknown;
      const args = parameterNames(fn).map(sampleFor);
      expect(args.length, `${at} takes arguments`).toBeGreaterThan(0);
      const text = fn(...args);
      expect(typeof text, at).toBe("string");
      expect(String(text), at).not.toMatch(/undefined|null|NaN|\[object/);
      // A name or count the caller passes shows in the text (flags only choose a wording).
      for (const arg of args.filter((value) => typeof value !== "boolean")) {
        expect(String(text).toLowerCase(), at).toContain(String(arg).toLowerCase());
      }
    }
  });

  it("counts read as English plurals, and the accessor gives the English catalogue", () => {
    const t: StaffMessages = staffMessages();
    expect(t).toBe(staff.en);
    expect(t.articles.count(1)).toBe("1 item");
    expect(t.articles.count(3)).toBe("3 items");
    expect(t.comments.count(1)).toBe("1 comment");
    expect(t.terms.deleteNote(2)).toBe(
      "Deleting it removes it from 2 articles; the articles stay as they are.",
    );
    expect(t.media.coverOf(1)).toBe("Cover of 1 article");
    expect(t.users.throttles.addresses(2, "12:30")).toBe("2 addresses, until 12:30");
  });

  it("the term form names the default language it holds", () => {
    const note = staffMessages().terms.defaultLanguageNote("English", true);
    expect(note).toContain("in English, the site's default language");
    expect(note).toContain("In other languages");
    expect(staffMessages().terms.defaultLanguageNote("Belarusian", false)).toBe(
      "Name, slug and description in Belarusian, the site's default language.",
    );
  });
});
