import { ArticleCard } from "@/components/site/article-card";
import type { ArticleSummary } from "@/lib/articles/queries";
import type { Locale } from "@/lib/i18n/locale";

export function ArticleList({
  articles,
  timeZone,
  locale,
}: {
  articles: ArticleSummary[];
  timeZone: string;
  locale: Locale;
}) {
  return (
    <ul className="divide-line divide-y">
      {articles.map((article) => (
        <li key={article.id} className="py-8 first:pt-4">
          <ArticleCard article={article} timeZone={timeZone} locale={locale} />
        </li>
      ))}
    </ul>
  );
}
