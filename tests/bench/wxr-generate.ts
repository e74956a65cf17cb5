/**
 * Writes a large WordPress export (WXR 1.2) for the import benchmark, as a stream: posts and pages
 * with comments, authors and terms, the same for the same seed. `--broken` adds the items an
 * importer must survive: broken XML, bad UTF-8, control characters, orphan replies, a repeated slug.
 *
 *   tsx tests/bench/wxr-generate.ts <out.xml> [--posts N] [--comments M] [--pages P] [--broken]
 */
import { once } from "node:events";
import { createWriteStream, type WriteStream } from "node:fs";
import { pathToFileURL } from "node:url";
import { brokenItems } from "@/tests/bench/wxr-broken";
import { HOUR, MINSK_OFFSET, commentShare, commentsFor } from "@/tests/bench/wxr-comments";
import {
  type Language,
  Random,
  blockBody,
  classicBody,
  excerptFor,
  slugFor,
  titleFor,
} from "@/tests/bench/wxr-content";
import {
  type Item,
  SITE,
  authorXml,
  channelTail,
  footer,
  header,
  itemXml,
  mysqlDate,
  rfcDate,
  termXml,
} from "@/tests/bench/wxr-records";
import { AUTHORS, buildTaxonomy, termsForPost } from "@/tests/bench/wxr-terms";

export type WxrOptions = {
  posts: number;
  comments: number;
  /** Pages besides the posts (default: 0.6 % of the posts, at least 5). */
  pages?: number;
  broken?: boolean;
  seed?: number;
};

export type WxrSummary = {
  bytes: number;
  authors: number;
  terms: number;
  posts: number;
  pages: number;
  comments: number;
  /** Items by wp:status: { publish: 45500, draft: 2500, … }. */
  statuses: Record<string, number>;
  /** Extra items written by --broken. */
  edgeItems: number;
  durationMs: number;
};

/** Buffers text and writes it in large pieces, waiting whenever the file falls behind. */
class Output {
  private parts: string[] = [];
  private size = 0;
  bytes = 0;
  constructor(private readonly stream: WriteStream) {}
  async text(text: string) {
    this.parts.push(text);
    this.size += text.length;
    if (this.size > 1 << 18) await this.flush();
  }
  async raw(bytes: Buffer) {
    await this.flush();
    await this.write(bytes);
  }
  async flush() {
    if (this.parts.length === 0) return;
    const chunk = Buffer.from(this.parts.join(""));
    this.parts = [];
    this.size = 0;
    await this.write(chunk);
  }
  private async write(chunk: Buffer) {
    this.bytes += chunk.length;
    if (!this.stream.write(chunk)) await once(this.stream, "drain");
  }
}

const START = Date.UTC(2010, 0, 4, 9);
const END = Date.UTC(2024, 4, 31, 18);

function statusFor(rng: Random, isPage: boolean): string {
  const roll = rng.next();
  if (isPage) return roll < 0.95 ? "publish" : "draft";
  return roll < 0.91 ? "publish" : roll < 0.96 ? "draft" : roll < 0.98 ? "pending" : "trash";
}

export async function generateWxr(file: string, options: WxrOptions): Promise<WxrSummary> {
  const started = Date.now();
  const rng = new Random(options.seed ?? 20240601);
  const posts = options.posts;
  const pages = options.pages ?? Math.max(5, Math.round(posts * 0.006));
  const total = posts + pages;
  // Decided before writing, so the comments can be shared out over the published posts exactly.
  const isPage = new Uint8Array(total);
  const statuses: string[] = new Array<string>(total);
  let pagesLeft = pages;
  let eligible = 0;
  for (let n = 0; n < total; n += 1) {
    isPage[n] = rng.next() < pagesLeft / (total - n) ? 1 : 0;
    pagesLeft -= isPage[n]!;
    statuses[n] = statusFor(rng, isPage[n] === 1);
    if (!isPage[n] && statuses[n] === "publish") eligible += 1;
  }

  const stream = createWriteStream(file);
  const out = new Output(stream);
  const taxonomy = buildTaxonomy();
  await out.text(header());
  for (const author of AUTHORS) await out.text(authorXml(author));
  await out.text("\n");
  for (const term of [...taxonomy.categories, ...taxonomy.tags, ...taxonomy.regions])
    await out.text(termXml(term));
  await out.text(channelTail());

  const summary: WxrSummary = {
    bytes: 0,
    authors: AUTHORS.length,
    terms: taxonomy.categories.length + taxonomy.tags.length + taxonomy.regions.length,
    posts,
    pages,
    comments: 0,
    statuses: {},
    edgeItems: 0,
    durationMs: 0,
  };
  const slugs = new Map<string, number>();
  const uniqueSlug = (base: string) => {
    const seen = slugs.get(base) ?? 0;
    slugs.set(base, seen + 1);
    return seen === 0 ? base : `${base}-${seen + 1}`;
  };
  let id = 9;
  let commentId = 0;
  let commentsLeft = options.comments;
  let prisonersPage = 0;
  let pageCount = 0;
  for (let n = 0; n < total; n += 1) {
    id += rng.int(1, 4);
    if (options.broken && n === Math.floor(total / 2)) {
      const edge = brokenItems(id, mysqlDate(START + MINSK_OFFSET), () => ++commentId);
      for (const part of edge.parts)
        await (typeof part === "string" ? out.text(part) : out.raw(part));
      summary.edgeItems = edge.items;
      summary.comments += edge.comments;
      id += edge.items;
    }
    const page = isPage[n] === 1;
    const status = statuses[n]!;
    const language: Language = rng.chance(0.5) ? "en" : rng.chance(0.5) ? "ru" : "be";
    const postMs = START + Math.floor(((END - START) * n) / total) + rng.int(0, 6 * HOUR);
    const title = page
      ? pageCount < 3
        ? ["About the campaign", "Political prisoners", "Donate"][pageCount]!
        : `${titleFor(rng, language, id)} (profile ${pageCount})`
      : titleFor(rng, language, id);
    const parent = page && pageCount >= 3 ? prisonersPage : 0;
    if (page && pageCount === 1) prisonersPage = id;
    if (page) pageCount += 1;
    const base = slugFor(title);
    const unpublished = status === "draft" || status === "pending";
    const neverSaved = unpublished && rng.chance(0.5);
    const slug = neverSaved
      ? ""
      : status === "trash"
        ? `${uniqueSlug(base)}__trashed`
        : uniqueSlug(base);
    const day = mysqlDate(postMs + MINSK_OFFSET);
    const path = page
      ? `${parent ? "political-prisoners/" : ""}${slug}/`
      : `${day.slice(0, 4)}/${day.slice(5, 7)}/${day.slice(8, 10)}/${slug}/`;
    const count = !page && status === "publish" ? commentShare(rng, commentsLeft, eligible--) : 0;
    commentsLeft -= count;
    summary.comments += count;
    summary.statuses[status] = (summary.statuses[status] ?? 0) + 1;
    const bytes = rng.int(1024, 4096);
    const item: Item = {
      id,
      title,
      link: unpublished ? `${SITE}/?p=${id}` : `${SITE}/${path}`,
      pubDate: neverSaved ? "" : rfcDate(postMs),
      creator: rng.pick(AUTHORS).login,
      guid: `${SITE}/?${page ? "page_id" : "p"}=${id}`,
      content: rng.chance(0.5)
        ? classicBody(rng, language, bytes)
        : blockBody(rng, language, bytes),
      excerpt: page ? "" : excerptFor(rng, language),
      date: day,
      dateGmt: neverSaved ? "0000-00-00 00:00:00" : mysqlDate(postMs),
      commentStatus: page ? "closed" : rng.chance(0.9) ? "open" : "closed",
      slug,
      status,
      parent,
      menuOrder: page ? pageCount : 0,
      type: page ? "page" : "post",
      isSticky: !page && status === "publish" && rng.chance(0.0005),
      terms: page ? [] : termsForPost(rng, taxonomy),
      meta: page
        ? [["_wp_page_template", parent ? "template-profile.php" : "default"]]
        : rng.chance(0.3)
          ? [
              ["_edit_last", "2"],
              ["_yoast_wpseo_metadesc", titleFor(rng, language, id)],
            ]
          : [["_edit_last", "1"]],
      comments: commentsFor(rng, language, count, postMs, () => ++commentId),
    };
    await out.text(itemXml(item));
  }
  await out.text(footer());
  await out.flush();
  stream.end();
  await once(stream, "finish");
  summary.bytes = out.bytes;
  summary.durationMs = Date.now() - started;
  return summary;
}

function flag(args: string[], name: string): string | undefined {
  const at = args.indexOf(name);
  return at === -1 ? undefined : args[at + 1];
}

async function main(args: string[]) {
  const file = args[0];
  if (!file || file.startsWith("--")) {
    console.error(
      "usage: tsx tests/bench/wxr-generate.ts <out.xml> [--posts N] [--comments M] [--pages P] [--broken]",
    );
    process.exit(2);
  }
  const pages = flag(args, "--pages");
  const summary = await generateWxr(file, {
    posts: Number(flag(args, "--posts") ?? 50_000),
    comments: Number(flag(args, "--comments") ?? 200_000),
    pages: pages === undefined ? undefined : Number(pages),
    broken: args.includes("--broken"),
  });
  const mb = (summary.bytes / 1024 / 1024).toFixed(1);
  console.log(
    `Wrote ${file}: ${mb} MB (${summary.bytes.toLocaleString("en")} bytes) in ${(summary.durationMs / 1000).toFixed(1)} s; ${summary.posts} posts, ${summary.pages} pages, ${summary.comments} comments, ${summary.terms} terms, ${summary.authors} authors${summary.edgeItems ? `, ${summary.edgeItems} edge-case items` : ""}`,
  );
  console.log(`SUMMARY ${JSON.stringify(summary)}`);
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href)
  await main(process.argv.slice(2));
