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
import { MINSK_OFFSET, commentShare } from "@/tests/bench/wxr-comments";
import { Random } from "@/tests/bench/wxr-content";
import { type ItemContext, START, attachmentItem, postItem } from "@/tests/bench/wxr-items";
import {
  authorXml,
  channelTail,
  footer,
  header,
  itemXml,
  mysqlDate,
  termXml,
} from "@/tests/bench/wxr-records";
import { AUTHORS, buildTaxonomy } from "@/tests/bench/wxr-terms";

/** Pages after the first three (about, the prisoners' list, donate) are prisoners' profiles under the list. */
const PROFILES_FROM = 3;

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
  /** Featured images (attachment items). */
  attachments: number;
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

function statusFor(rng: Random, isPage: boolean): string {
  const roll = rng.next();
  if (isPage) return roll < 0.95 ? "publish" : "draft";
  if (roll < 0.9) return "publish";
  if (roll < 0.95) return "draft";
  if (roll < 0.97) return "pending";
  if (roll < 0.985) return "trash";
  return roll < 0.997 ? "private" : "future";
}

export async function generateWxr(file: string, options: WxrOptions): Promise<WxrSummary> {
  const started = Date.now();
  const rng = new Random(options.seed ?? 20240601);
  const posts = options.posts;
  const pages = options.pages ?? Math.max(5, Math.round(posts * 0.006));
  const total = posts + pages;
  // Decided before writing, so the comments can be shared out over the published posts exactly.
  const pageFlags = new Uint8Array(total);
  const statuses: string[] = new Array<string>(total);
  let pagesLeft = pages;
  let eligible = 0;
  for (let n = 0; n < total; n += 1) {
    pageFlags[n] = rng.next() < pagesLeft / (total - n) ? 1 : 0;
    pagesLeft -= pageFlags[n]!;
    statuses[n] = statusFor(rng, pageFlags[n] === 1);
    if (!pageFlags[n] && statuses[n] === "publish") eligible += 1;
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
    attachments: 0,
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
  const context: ItemContext = {
    rng,
    taxonomy,
    uniqueSlug,
    nextCommentId: () => ++commentId,
  };
  let id = 9;
  let commentId = 0;
  let commentsLeft = options.comments;
  let prisonersPage = 0;
  let pageIndex = 0;
  for (let n = 0; n < total; n += 1) {
    id += rng.int(1, 4);
    if (options.broken && n === Math.floor(total / 2)) {
      const edge = brokenItems(id, mysqlDate(START + MINSK_OFFSET), context.nextCommentId);
      for (const part of edge.parts)
        await (typeof part === "string" ? out.text(part) : out.raw(part));
      summary.edgeItems = edge.items;
      summary.comments += edge.comments;
      id += edge.items;
    }
    const isPage = pageFlags[n] === 1;
    const status = statuses[n]!;
    const comments =
      !isPage && status === "publish" ? commentShare(rng, commentsLeft, eligible--) : 0;
    commentsLeft -= comments;
    summary.comments += comments;
    summary.statuses[status] = (summary.statuses[status] ?? 0) + 1;
    // One published post in a hundred has a featured image, written right after it.
    const hasImage = !isPage && status === "publish" && rng.chance(0.01);
    const item = postItem(context, {
      id,
      n,
      total,
      isPage,
      pageIndex,
      parent: isPage && pageIndex >= PROFILES_FROM ? prisonersPage : 0,
      status,
      comments,
      thumbnailId: hasImage ? id + 1 : 0,
    });
    if (isPage && pageIndex === 1) prisonersPage = id;
    if (isPage) pageIndex += 1;
    await out.text(itemXml(item));
    if (hasImage) {
      id += 1;
      await out.text(itemXml(attachmentItem(rng, item, id)));
      summary.attachments += 1;
    }
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
    `Wrote ${file}: ${mb} MB (${summary.bytes.toLocaleString("en")} bytes) in ${(summary.durationMs / 1000).toFixed(1)} s; ${summary.posts} posts, ${summary.pages} pages, ${summary.attachments} images, ${summary.comments} comments, ${summary.terms} terms, ${summary.authors} authors${summary.edgeItems ? `, ${summary.edgeItems} edge-case items` : ""}`,
  );
  console.log(`SUMMARY ${JSON.stringify(summary)}`);
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href)
  await main(process.argv.slice(2));
