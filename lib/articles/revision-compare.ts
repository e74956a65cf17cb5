import "server-only";
import { diffWords } from "diff";
import { Parser } from "htmlparser2";
import type { RevisionMeta } from "@/lib/articles/revision-meta";
import { getDb } from "@/lib/db";
import { imageSources } from "@/lib/media/queries";
import { parseVariants } from "@/lib/media/schemas";

const BLOCKS = new Set([
  ...["p", "h1", "h2", "h3", "h4", "h5", "h6", "li", "blockquote", "figcaption", "figure"],
  ...["td", "th", "tr", "pre", "div", "aside", "hr"],
]);

/**
 * Article HTML as text, one block per line, with what the eye does not see written out: a link
 * as "text [target]", an image as "[image: alt – src]", a footnote's source as "[source: …]",
 * so a changed target shows as a change.
 */
export function revisionText(html: string): string {
  const parts: string[] = [];
  const hrefs: (string | null)[] = [];
  let hidden = 0;
  const parser = new Parser(
    {
      onopentag(name, attributes) {
        if (name === "script" || name === "style") hidden++;
        else if (name === "br") parts.push("\n");
        else if (name === "a") hrefs.push(attributes.href ?? null);
        else if (name === "img") {
          parts.push(` [image: ${attributes.alt || "no alt text"} – ${attributes.src ?? ""}] `);
        } else if (name === "iframe" && attributes.src) parts.push(` [embed: ${attributes.src}] `);
        else if (attributes["data-url"]) parts.push(` [embed: ${attributes["data-url"]}] `);
        else if (name === "sup" && attributes["data-source"]) {
          // A footnote's source is a link target too: a changed citation shows.
          parts.push(` [source: ${attributes["data-source"]}] `);
        }
      },
      ontext(text) {
        if (hidden === 0) parts.push(text);
      },
      onclosetag(name) {
        if (name === "script" || name === "style") hidden = Math.max(0, hidden - 1);
        else if (name === "a") {
          const href = hrefs.pop();
          if (href) parts.push(` [${href}]`);
        } else if (BLOCKS.has(name)) parts.push("\n");
      },
    },
    { decodeEntities: true },
  );
  parser.write(html);
  parser.end();
  return parts
    .join("")
    .split("\n")
    .map((line) => line.replace(/\s+/g, " ").trim())
    .filter(Boolean)
    .join("\n");
}

/** A word-level difference; the page renders parts as text inside <ins>/<del>, never as HTML. */
export type DiffPart = { value: string; added: boolean; removed: boolean };

export function diffText(before: string, after: string): DiffPart[] {
  return diffWords(before, after).map((part) => ({
    value: part.value,
    added: !!part.added,
    removed: !!part.removed,
  }));
}

const TEXT_FIELDS = [
  "slug",
  "language",
  "seoTitle",
  "seoDescription",
  "coverCaption",
  "coverCredit",
] as const;
const LIST_FIELDS = ["categories", "tags", "regions", "people"] as const;

type ListChange = { added: string[]; removed: string[]; kept: string[] };
export type CoverSide = { id: string; name: string | null; src: string | null; alt: string } | null;

/** The fields besides the text; null when either revision has no snapshot ("not recorded"). */
export type FieldsComparison = {
  text: { name: (typeof TEXT_FIELDS)[number]; parts: DiffPart[]; changed: boolean }[];
  lists: { name: (typeof LIST_FIELDS)[number]; change: ListChange }[];
  cover: { from: CoverSide; to: CoverSide; changed: boolean };
} | null;

function compareLists(before: string[], after: string[]): ListChange {
  const key = (name: string) => name.toLocaleLowerCase();
  const had = new Set(before.map(key));
  const has = new Set(after.map(key));
  return {
    added: after.filter((name) => !had.has(key(name))),
    removed: before.filter((name) => !has.has(key(name))),
    kept: after.filter((name) => had.has(key(name))),
  };
}

async function loadCovers(ids: (string | null)[]): Promise<Map<string, CoverSide>> {
  const wanted = ids.filter((id): id is string => !!id);
  const rows = await getDb().media.findMany({
    where: { id: { in: wanted } },
    select: {
      id: true,
      originalName: true,
      altText: true,
      storageKey: true,
      width: true,
      variants: true,
    },
  });
  const covers = new Map<string, CoverSide>();
  for (const id of wanted) {
    const row = rows.find((r) => r.id === id);
    covers.set(
      id,
      row
        ? {
            id,
            name: row.originalName,
            alt: row.altText,
            src: imageSources({ ...row, variants: parseVariants(row.variants) }).src,
          }
        : { id, name: null, src: null, alt: "" },
    );
  }
  return covers;
}

export async function compareFields(
  before: RevisionMeta | null,
  after: RevisionMeta | null,
): Promise<FieldsComparison> {
  if (!before || !after) return null;
  const covers = await loadCovers([before.coverImageId, after.coverImageId]);
  const cover = (id: string | null) => (id ? (covers.get(id) ?? null) : null);
  return {
    text: TEXT_FIELDS.map((name) => ({
      name,
      parts: diffText(before[name], after[name]),
      changed: before[name] !== after[name],
    })),
    lists: LIST_FIELDS.map((name) => ({ name, change: compareLists(before[name], after[name]) })),
    cover: {
      from: cover(before.coverImageId),
      to: cover(after.coverImageId),
      changed: before.coverImageId !== after.coverImageId,
    },
  };
}
