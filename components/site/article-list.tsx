import { ArticleCard } from "@/components/site/article-card";
import type { ArticleSummary } from "@/lib/articles/queries";

export function ArticleList({
  articles,
  timeZone,
}: {
  articles: ArticleSummary[];
  timeZone: string;
}) {
  return (
    <ul className="divide-line divide-y">
      {articles.map((article) => (
        <li key={article.id} className="py-8 first:pt-4">
          <ArticleCard article={article} timeZone={timeZone} />
        </li>
      ))}
    </ul>
  );
}
