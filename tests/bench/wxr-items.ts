/**
 * One post, page or image of the benchmark export, filled in the way WordPress fills it for each
 * status (tests/fixtures/wordpress/campaign-export.xml): a draft never saved has no slug, no GMT
 * date and no pubDate; what is not published links to ?p=; trash keeps its old slug in postmeta.
 */
import { HOUR, MINSK_OFFSET, commentsFor } from "@/tests/bench/wxr-comments";
import {
  type Language,
  type Random,
  blockBody,
  classicBody,
  excerptFor,
  slugFor,
  titleFor,
} from "@/tests/bench/wxr-content";
import { type Item, SITE, mysqlDate, phpSerialize, rfcDate } from "@/tests/bench/wxr-records";
import { AUTHORS, type Taxonomy, termsForPost } from "@/tests/bench/wxr-terms";

export const START = Date.UTC(2010, 0, 4, 9);
const END = Date.UTC(2024, 4, 31, 18);
const DAY = 24 * HOUR;

export type ItemContext = {
  rng: Random;
  taxonomy: Taxonomy;
  uniqueSlug: (base: string) => string;
  nextCommentId: () => number;
};

export type PostPlan = {
  id: number;
  /** Its place in the file, 0 to total - 1: dates rise with it. */
  n: number;
  total: number;
  isPage: boolean;
  /** Pages: how many came before it. */
  pageIndex: number;
  parent: number;
  status: string;
  comments: number;
  thumbnailId: number;
};

const PAGE_TITLES = ["About the campaign", "Political prisoners", "Donate"];

function titleOf(rng: Random, language: Language, plan: PostPlan): string {
  if (!plan.isPage) return titleFor(rng, language, plan.id);
  return PAGE_TITLES[plan.pageIndex] ?? `${titleFor(rng, language, plan.id)} (profile)`;
}

function postMeta(rng: Random, language: Language, plan: PostPlan, slug: string, authorId: number) {
  const meta: [string, string][] = [];
  if (plan.isPage) {
    if (plan.parent) meta.push(["_wp_page_template", "template-profile.php"]);
    return meta;
  }
  if (plan.thumbnailId) meta.push(["_thumbnail_id", String(plan.thumbnailId)]);
  const roll = rng.next();
  if (roll < 0.5) meta.push(["_edit_last", String(authorId)]);
  else if (roll < 0.75) meta.push(["_yoast_wpseo_metadesc", titleFor(rng, language, plan.id)]);
  else if (roll < 0.85 && slug) meta.push(["_wp_old_slug", `${slug.slice(0, 40)}-draft`]);
  else if (roll < 0.9) meta.push(["_wp_old_date", "2009-12-31"]);
  else meta.push(["_pingme", "1"], ["_encloseme", "1"]);
  return meta;
}

export function postItem(context: ItemContext, plan: PostPlan): Item {
  const { rng } = context;
  const { id, isPage, status } = plan;
  const language: Language = rng.chance(0.5) ? "en" : rng.chance(0.5) ? "ru" : "be";
  const author = rng.pick(AUTHORS);
  const postMs =
    status === "future"
      ? END + rng.int(1, 60) * DAY
      : START + Math.floor(((END - START) * plan.n) / plan.total) + rng.int(0, 6 * HOUR);
  const title = titleOf(rng, language, plan);
  const base = slugFor(title);
  const neverSaved = (status === "draft" || status === "pending") && rng.chance(0.5);
  const unique = neverSaved ? "" : context.uniqueSlug(base);
  const slug = status === "trash" ? `${unique}__trashed` : unique;
  const day = mysqlDate(postMs + MINSK_OFFSET);
  const path = isPage
    ? `${plan.parent ? "political-prisoners/" : ""}${slug}/`
    : `${day.slice(0, 4)}/${day.slice(5, 7)}/${day.slice(8, 10)}/${slug}/`;
  const guid = `${SITE}/?${isPage ? "page_id" : "p"}=${id}`;
  const bytes = rng.int(1024, 4096);
  const meta = postMeta(rng, language, plan, slug, author.id);
  if (status === "trash") {
    const trashedAt = String(Math.floor(postMs / 1000) + 30 * 86_400);
    meta.push(
      ["_wp_trash_meta_status", "publish"],
      ["_wp_trash_meta_time", trashedAt],
      ["_wp_desired_post_slug", unique],
    );
  }
  return {
    id,
    title,
    link: status === "publish" ? `${SITE}/${path}` : guid,
    pubDate: neverSaved ? "" : rfcDate(postMs),
    creator: author.login,
    guid,
    content: rng.chance(0.5) ? classicBody(rng, language, bytes) : blockBody(rng, language, bytes),
    excerpt: isPage ? "" : excerptFor(rng, language),
    date: day,
    dateGmt: neverSaved ? "0000-00-00 00:00:00" : mysqlDate(postMs),
    commentStatus: isPage ? "closed" : rng.chance(0.9) ? "open" : "closed",
    slug,
    status,
    parent: plan.parent,
    menuOrder: isPage ? plan.pageIndex : 0,
    type: isPage ? "page" : "post",
    isSticky: !isPage && status === "publish" && rng.chance(0.0005),
    terms: isPage ? [] : termsForPost(rng, context.taxonomy),
    meta,
    comments: commentsFor(rng, language, plan.comments, postMs, context.nextCommentId),
  };
}

/** An image attached to `post` (its featured image), listed right after it as WordPress does. */
export function attachmentItem(rng: Random, post: Item, id: number): Item {
  const month = post.date.slice(0, 7).replace("-", "/");
  const name = `photo-${id}`;
  const file = `${month}/${name}.jpg`;
  const url = `${SITE}/wp-content/uploads/${file}`;
  const size = (width: number, height: number) => ({
    file: `${name}-${width}x${height}.jpg`,
    width,
    height,
    "mime-type": "image/jpeg",
    filesize: Math.round(width * height * 0.08),
  });
  const metadata = {
    width: 1200,
    height: 800,
    file,
    filesize: 98_304,
    sizes: { medium: size(300, 200), large: size(1024, 683), thumbnail: size(150, 150) },
    image_meta: { caption: "", copyright: "", title: "", orientation: "0", keywords: {} },
  };
  return {
    ...post,
    id,
    title: name,
    link: `${post.link}${name}/`,
    guid: url,
    content: "",
    excerpt: rng.chance(0.5) ? "Photo: Viasna" : "",
    commentStatus: "open",
    pingStatus: "closed",
    slug: name,
    status: "inherit",
    parent: post.id,
    type: "attachment",
    isSticky: false,
    attachmentUrl: url,
    terms: [],
    meta: [
      ["_wp_attached_file", file],
      ["_wp_attachment_metadata", phpSerialize(metadata)],
      ["_wp_attachment_image_alt", "Supporters holding letters to political prisoners"],
    ],
    comments: [],
  };
}
