/**
 * The words of the benchmark's WordPress export: a seeded random source and campaign-news text in
 * English, Russian and Belarusian, written as a classic-editor body (paragraphs split by blank
 * lines) or a block-editor one (<!-- wp:paragraph --> comments), as WordPress stores them.
 */

import {
  LINKS,
  NAMES,
  PLACES,
  SENTENCES,
  SPAM,
  TITLE_WORDS,
  UNKNOWN_SHORTCODES,
} from "@/tests/bench/wxr-words";

export type Language = "en" | "ru" | "be";

/** mulberry32: small, fast and the same on every machine, so the same seed writes the same file. */
export class Random {
  private state: number;
  constructor(seed: number) {
    this.state = seed >>> 0;
  }
  next(): number {
    this.state = (this.state + 0x6d2b79f5) >>> 0;
    let t = this.state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  }
  /** An integer from `min` to `max`, both included. */
  int(min: number, max: number): number {
    return min + Math.floor(this.next() * (max - min + 1));
  }
  chance(probability: number): boolean {
    return this.next() < probability;
  }
  pick<T>(items: readonly T[]): T {
    return items[Math.floor(this.next() * items.length)]!;
  }
}

const IMAGE = "http://bench.example/wp-content/uploads/2020/05/x.jpg";

function fill(rng: Random, language: Language, template: string): string {
  return template
    .replace("{place}", rng.pick(PLACES[language]))
    .replace("{name}", rng.pick(NAMES[language]))
    .replace("{n}", String(rng.int(2, 900)));
}

/** Mostly the post's own language, with a line in another one now and then (quotes, translations). */
function sentence(rng: Random, language: Language): string {
  const spoken = rng.chance(0.08) ? rng.pick(["en", "ru", "be"] as const) : language;
  return fill(rng, spoken, rng.pick(SENTENCES[spoken]));
}

/** The block editor always writes HTML, so its ampersands are entities. */
const escaped = (rng: Random, language: Language) =>
  sentence(rng, language).replaceAll("&", "&amp;");

export function titleFor(rng: Random, language: Language, id: number): string {
  const words = TITLE_WORDS[language];
  const place = rng.pick(PLACES[language]);
  const name = rng.pick(NAMES[language]);
  const shapes = [
    `${rng.pick(words)}: ${name}`,
    `${rng.pick(words)} ${language === "en" ? "in" : "у"} ${place}`,
    // WordPress keeps a title's ampersand as the entity.
    `${rng.pick(words)} &amp; ${rng.pick(words).toLowerCase()}, ${id % 97}`,
    `${name} — ${rng.pick(words).toLowerCase()}`,
  ];
  return rng.pick(shapes);
}

function inline(rng: Random, language: Language): string {
  let text = Array.from({ length: rng.int(2, 5) }, () => sentence(rng, language)).join(" ");
  text = text.replaceAll("&", "&amp;");
  if (rng.chance(0.15)) text += ` <a href="${rng.pick(LINKS)}">${rng.pick(NAMES[language])}</a>`;
  const cut = text.indexOf(" ", 30);
  if (cut > 0 && rng.chance(0.15))
    text = `<strong>${text.slice(0, cut)}</strong>${text.slice(cut)}`;
  return text;
}

function caption(rng: Random): string {
  const id = rng.int(100, 90_000);
  return `[caption id="attachment_${id}" align="aligncenter" width="640"]<img class="size-large wp-image-${id}" src="${IMAGE}" alt="" width="640" height="427" /> Photo: Viasna[/caption]`;
}

/** A classic-editor body: paragraphs as plain text split by blank lines, WordPress adds the <p>. */
export function classicBody(rng: Random, language: Language, targetBytes: number): string {
  const parts: string[] = [];
  let size = 0;
  while (size < targetBytes) {
    const roll = rng.next();
    const part =
      roll < 0.05
        ? caption(rng)
        : roll < 0.07
          ? rng.pick(UNKNOWN_SHORTCODES)
          : roll < 0.12
            ? `<h2>${rng.pick(TITLE_WORDS[language])}</h2>`
            : roll < 0.16
              ? `<ul>\n\t<li>${sentence(rng, language)}</li>\n\t<li>${sentence(rng, language)}</li>\n</ul>`
              : inline(rng, language);
    parts.push(part);
    size += Buffer.byteLength(part) + 2;
  }
  return parts.join("\n\n");
}

const block = (name: string, html: string, attributes = "") =>
  `<!-- wp:${name}${attributes ? ` ${attributes}` : ""} -->\n${html}\n<!-- /wp:${name} -->`;

/** A block-editor body: each paragraph, heading, image and list inside its block comments. */
export function blockBody(rng: Random, language: Language, targetBytes: number): string {
  const parts: string[] = [];
  let size = 0;
  while (size < targetBytes) {
    const roll = rng.next();
    const id = rng.int(100, 90_000);
    const part =
      roll < 0.05
        ? block(
            "image",
            `<figure class="wp-block-image size-large"><img src="${IMAGE}" alt="" class="wp-image-${id}"/><figcaption class="wp-element-caption">Photo: Viasna</figcaption></figure>`,
            `{"id":${id},"sizeSlug":"large","linkDestination":"none"}`,
          )
        : roll < 0.07
          ? block("shortcode", rng.pick(UNKNOWN_SHORTCODES))
          : roll < 0.12
            ? block(
                "heading",
                `<h2 class="wp-block-heading">${rng.pick(TITLE_WORDS[language])}</h2>`,
              )
            : roll < 0.15
              ? block(
                  "quote",
                  `<blockquote class="wp-block-quote">${block("paragraph", `<p>${escaped(rng, language)}</p>`)}</blockquote>`,
                )
              : roll < 0.18
                ? block(
                    "list",
                    `<ul>${block("list-item", `<li>${escaped(rng, language)}</li>`)}${block("list-item", `<li>${escaped(rng, language)}</li>`)}</ul>`,
                  )
                : block("paragraph", `<p>${inline(rng, language)}</p>`);
    parts.push(part);
    size += Buffer.byteLength(part) + 2;
  }
  return parts.join("\n\n");
}

export function excerptFor(rng: Random, language: Language): string {
  return rng.chance(0.6) ? "" : sentence(rng, language);
}

export function commentText(rng: Random, language: Language, isSpam: boolean): string {
  if (isSpam) return rng.pick(SPAM);
  const lines = Array.from({ length: rng.int(1, 3) }, () => sentence(rng, language));
  return lines.join(rng.chance(0.3) ? "\n\n" : " ");
}

/** WordPress's slug: ASCII words lower-cased; Cyrillic percent-encoded as UTF-8, in lower case. */
export function slugFor(title: string): string {
  const words = title
    .toLowerCase()
    .replace(/&(amp;)?/g, "")
    .split(/[^\p{L}\p{N}]+/u)
    .filter(Boolean);
  let slug = "";
  for (const word of words) {
    const next = `${slug ? `${slug}-` : ""}${encodeURIComponent(word).toLowerCase()}`;
    if (next.length > 200) break;
    slug = next;
  }
  return slug || "post";
}
