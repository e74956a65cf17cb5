import "server-only";
import { publishedWhere } from "@/lib/articles/queries";
import { type Actor, assertCan } from "@/lib/auth/permissions";
import { getDb } from "@/lib/db";
import { type Lang, isLang } from "@/lib/i18n/languages";
import { readTexts } from "@/lib/people/record";
import { getSiteSettings } from "@/lib/settings/queries";
import { articlePath, personPath } from "@/lib/urls";

/** One thing on this site the link dialog offers: what it is called, what it is, where it lives. */
export type LinkTarget = { title: string; kind: "article" | "page" | "person"; path: string };

const LIMIT = 8;

const folded = (text: string) => text.normalize("NFKD").replace(/\p{M}/gu, "").toLowerCase();

/**
 * This site's published articles, background pages and people whose title or name holds the
 * query, for the editor's link dialog. Drafts and unpublished people are never offered: a link
 * to them would be a 404 for readers. A person's path is in `lang`, the language of the article
 * being written. Needs article:create.
 */
export async function searchLinkTargets(
  actor: Actor,
  query: string,
  lang?: string,
): Promise<LinkTarget[]> {
  assertCan(actor, "article:create");
  const words = query.trim();
  if (!words) return [];
  const { defaultLanguage } = await getSiteSettings();
  const personLang: Lang = lang && isLang(lang) ? lang : defaultLanguage;
  const [articles, people] = await Promise.all([
    getDb().article.findMany({
      where: { ...publishedWhere(), title: { contains: words, mode: "insensitive" } },
      select: { kind: true, slug: true, title: true, language: true },
      orderBy: { publishedAt: "desc" },
      take: LIMIT,
    }),
    // Names are stored per language in JSON, so they are matched here; a campaign follows
    // hundreds of people, not millions.
    getDb().person.findMany({
      where: { published: true },
      select: { slug: true, names: true, spellings: true },
    }),
  ]);
  const needle = folded(words);
  const matches = (texts: string[]) => texts.some((text) => folded(text).includes(needle));
  const persons = people.flatMap((person) => {
    const names = readTexts(person.names);
    const spelled = [...Object.values(names), ...person.spellings, person.slug];
    if (!matches(spelled.filter((text): text is string => !!text))) return [];
    const title = names[personLang] || names[defaultLanguage] || person.slug;
    return [
      {
        title,
        kind: "person" as const,
        path: personPath(person.slug, { lang: personLang, defaultLang: defaultLanguage }),
      },
    ];
  });
  const items = articles.map((article) => ({
    title: article.title,
    kind: article.kind === "PAGE" ? ("page" as const) : ("article" as const),
    path: articlePath(article.kind, article.slug, {
      lang: isLang(article.language) ? article.language : defaultLanguage,
      defaultLang: defaultLanguage,
    }),
  }));
  return [...persons.slice(0, LIMIT), ...items].slice(0, LIMIT * 2);
}
