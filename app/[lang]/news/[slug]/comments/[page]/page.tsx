import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { CommentsSection } from "@/components/comments/comments-section";
import { LanguageSwitcher } from "@/components/site/language-switcher";
import { getCommentArticleBySlug, listApprovedComments } from "@/lib/comments/queries";
import { getCachedCommentSettings } from "@/lib/comments/settings";
import { buildCommentTree, paginateThreads } from "@/lib/comments/thread";
import { parseSlugParam } from "@/lib/http/params";
import { commentMessages } from "@/lib/i18n/messages/comments";
import { pageLocale } from "@/lib/i18n/page-locale";
import { articlePath } from "@/lib/urls";

type Props = { params: Promise<{ lang: string; slug: string; page: string }> };

// Rendered on first visit, then cached until a comment on the article is approved or removed.
export function generateStaticParams() {
  return [];
}

async function load(params: Props["params"]) {
  const { lang, slug, page } = await params;
  const number = Number(page);
  const decoded = parseSlugParam(slug);
  if (!/^\d+$/.test(page) || number < 2 || !decoded) notFound();
  const locale = await pageLocale(lang, `${articlePath("POST", decoded)}/comments/${number}`);
  const article = await getCommentArticleBySlug(decoded, locale.lang);
  if (!article) notFound();
  const [approved, settings] = await Promise.all([
    listApprovedComments(article.id),
    getCachedCommentSettings(),
  ]);
  // A page past the last one is not a page of this discussion.
  const { pageCount } = paginateThreads(buildCommentTree(approved), number, settings.perPage);
  if (number > pageCount) notFound();
  return { article, page: number, locale };
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { article, page, locale } = await load(params);
  return {
    title: `${article.title}: ${commentMessages[locale.lang].comments.pageLink(page)}`,
    robots: { index: false, follow: true },
  };
}

/** Page 2 and later of a very long discussion (page 1 is under the article itself). */
export default async function CommentsPage({ params }: Props) {
  const { article, page, locale } = await load(params);
  const t = commentMessages[locale.lang];
  return (
    <div className="mx-auto max-w-3xl">
      <LanguageSwitcher locale={locale} alternates={[]} />
      <p>
        <a href={articlePath("POST", article.slug, locale)} className="text-accent underline">
          ← {article.title}
        </a>
      </p>
      <span className="sr-only">{t.comments.pageLink(page)}</span>
      <CommentsSection article={article} locale={locale} mode="static" page={page} />
    </div>
  );
}
