import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { CommentsSection } from "@/components/comments/comments-section";
import { getCommentArticleBySlug, listApprovedComments } from "@/lib/comments/queries";
import { getCachedCommentSettings } from "@/lib/comments/settings";
import { buildCommentTree, paginateThreads } from "@/lib/comments/thread";
import { parseSlugParam } from "@/lib/http/params";
import { messages } from "@/lib/i18n/messages";
import { articlePath } from "@/lib/urls";

type Props = { params: Promise<{ slug: string; page: string }> };

// Rendered on first visit, then cached until a comment on the article is approved or removed.
export function generateStaticParams() {
  return [];
}

async function load(params: Props["params"]) {
  const { slug, page } = await params;
  const number = Number(page);
  if (!/^\d+$/.test(page) || number < 2) return null;
  const decoded = parseSlugParam(slug);
  const article = decoded ? await getCommentArticleBySlug(decoded) : null;
  if (!article) return null;
  const [approved, settings] = await Promise.all([
    listApprovedComments(article.id),
    getCachedCommentSettings(),
  ]);
  // A page past the last one is not a page of this discussion.
  const { pageCount } = paginateThreads(buildCommentTree(approved), number, settings.perPage);
  return number <= pageCount ? { article, page: number } : null;
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const found = await load(params);
  if (!found) notFound();
  return {
    title: `${found.article.title}: ${messages.comments.pageLink(found.page)}`,
    robots: { index: false, follow: true },
  };
}

/** Page 2 and later of a very long discussion (page 1 is under the article itself). */
export default async function CommentsPage({ params }: Props) {
  const found = await load(params);
  if (!found) notFound();
  return (
    <div className="mx-auto max-w-3xl">
      <p>
        <a href={articlePath("POST", found.article.slug)} className="text-accent underline">
          ← {messages.comments.backToArticle}: {found.article.title}
        </a>
      </p>
      <CommentsSection article={found.article} mode="static" page={found.page} />
    </div>
  );
}
