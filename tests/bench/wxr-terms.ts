/**
 * The authors and terms of the benchmark export: 5 authors, 40 categories (three levels deep, in
 * the parents-first order export_wp() gives them), 300 tags and 8 regions (a custom taxonomy).
 */
import { type Random, slugFor } from "@/tests/bench/wxr-content";
import { type Author, type Term, byName } from "@/tests/bench/wxr-records";

// Invented people, as in wxr-words.ts.
export const AUTHORS: Author[] = [
  { id: 1, login: "admin", email: "admin@bench.example", name: "Site admin" },
  { id: 2, login: "anna", email: "anna@bench.example", name: "Anna Prykladnaya" },
  { id: 3, login: "ales.m", email: "ales@bench.example", name: "Алесь Выдуманы" },
  { id: 4, login: "maria", email: "maria@bench.example", name: "Мария Примерова" },
  { id: 5, login: "viasna-desk", email: "desk@bench.example", name: "Viasna Desk" },
];

const CATEGORY_TREE: [name: string, children: (string | [string, string[]])[]][] = [
  ["Uncategorized", []],
  ["News", ["Belarus", "World", "Interviews", ["Photo", ["Galleries"]]]],
  ["Campaigns", ["Free Ales", "Write a letter", "Birthday cards", "Petitions"]],
  ["Political prisoners", [["Sentences", ["Long sentences"]], "Releases", "Conditions", "Health"]],
  ["Trials", ["Appeals", "Closed trials", "In absentia"]],
  ["Letters", ["From prisoners", "To prisoners"]],
  ["Events", ["Solidarity day", "Exhibitions", "Concerts"]],
  ["Statements", []],
  ["Reports", ["Annual", "Monthly"]],
  ["Media", ["Video", "Podcast"]],
  ["Навіны", ["У свеце"]],
  ["Новости", ["В мире"]],
];

const TAG_TOPICS = [
  "detentions",
  "trial",
  "letters",
  "solidarity",
  "appeal",
  "searches",
  "sentence",
  "release",
  "torture",
  "journalists",
  "students",
  "lawyers",
];
const TAG_PLACES = ["minsk", "hrodna", "brest", "vitsebsk", "homiel", "mahiliou", "lida", "pinsk"];
const TAG_CYRILLIC = [
  "затрыманні",
  "суд",
  "лісты",
  "салідарнасць",
  "задержания",
  "письма",
  "приговор",
  "обыски",
];
const TAG_CYRILLIC_PLACES = ["Мінск", "Гродна", "Брэст", "Віцебск", "Гомель", "Магілёў"];

const REGIONS: [slug: string, name: string][] = [
  ["minsk", "Minsk"],
  ["hrodna", "Hrodna region"],
  ["brest", "Brest region"],
  ["vitsebsk", "Vitsebsk region"],
  ["homiel", "Homiel region"],
  ["mahiliou", "Mahilioŭ region"],
  ["abroad", "Abroad"],
];

export type Taxonomy = { categories: Term[]; tags: Term[]; regions: Term[] };

/** export_wp()'s order: by name, each child moved after its parent. */
function exportOrder(terms: Term[]): Term[] {
  const queue = [...terms].sort(byName);
  const out: Term[] = [];
  const written = new Set<string>();
  while (queue.length > 0) {
    const term = queue.shift()!;
    if (term.parentSlug && !written.has(term.parentSlug)) queue.push(term);
    else {
      out.push(term);
      written.add(term.slug);
    }
  }
  return out;
}

export function buildTaxonomy(): Taxonomy {
  let id = 1;
  const categories: Term[] = [];
  const addCategory = (name: string, parentSlug: string) => {
    const slug = slugFor(name);
    categories.push({ id: id++, taxonomy: "category", slug, name, parentSlug });
    return slug;
  };
  const later: [string, string][] = [];
  for (const [name, children] of CATEGORY_TREE) {
    const slug = addCategory(name, "");
    for (const child of children) {
      if (typeof child === "string") addCategory(child, slug);
      else {
        const childSlug = addCategory(child[0], slug);
        for (const grandchild of child[1]) later.push([grandchild, childSlug]);
      }
    }
  }
  for (const [name, parent] of later) addCategory(name, parent);
  categories[1]!.description = "What happened, as it happened.";

  const names = new Set<string>();
  for (const topic of TAG_TOPICS) for (const place of TAG_PLACES) names.add(`${topic} ${place}`);
  for (const topic of TAG_CYRILLIC)
    for (const place of TAG_CYRILLIC_PLACES) names.add(`${topic} ${place}`);
  for (let year = 2010; year <= 2024; year += 1) names.add(`${year}`);
  for (let n = 1; names.size < 300; n += 1) names.add(`case ${n * 37}`);
  const tags = [...names].map((name): Term => ({
    id: id++,
    taxonomy: "post_tag",
    slug: slugFor(name),
    name,
    parentSlug: "",
  }));

  const regions: Term[] = [
    { id: id++, taxonomy: "region", slug: "belarus", name: "Belarus", parentSlug: "" },
  ];
  for (const [slug, name] of REGIONS)
    regions.push({ id: id++, taxonomy: "region", slug, name, parentSlug: "belarus" });
  return {
    categories: exportOrder(categories),
    tags: exportOrder(tags),
    regions: exportOrder(regions),
  };
}

/** One to three terms for a post: a category always, then perhaps tags and a region. */
export function termsForPost(rng: Random, taxonomy: Taxonomy): Term[] {
  const uncategorized = taxonomy.categories.find((term) => term.slug === "uncategorized")!;
  const terms = [rng.pick(taxonomy.categories.filter((term) => term !== uncategorized))];
  const more = rng.int(0, 2);
  for (let n = 0; n < more; n += 1) {
    const term = rng.chance(0.7) ? rng.pick(taxonomy.tags) : rng.pick(taxonomy.regions);
    if (!terms.includes(term)) terms.push(term);
  }
  if (rng.chance(0.02)) terms[0] = uncategorized;
  return terms;
}
