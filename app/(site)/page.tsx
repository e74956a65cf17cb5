import { listLatestArticles } from "@/lib/articles/queries";
import { formatDate } from "@/lib/format";
import { messages } from "@/lib/i18n/messages";
import { getSiteSettings } from "@/lib/settings/queries";

export default async function HomePage() {
  const [articles, settings] = await Promise.all([listLatestArticles(20), getSiteSettings()]);
  return (
    <section aria-labelledby="latest-heading">
      <h1 id="latest-heading" className="font-serif text-3xl font-bold">
        {messages.home.latestNews}
      </h1>
      {articles.length === 0 ? (
        <p className="text-muted mt-6">{messages.home.noArticles}</p>
      ) : (
        <ul className="divide-line mt-6 divide-y">
          {articles.map((article) => (
            <li key={article.id} className="py-6">
              <article>
                <h2 className="font-serif text-xl font-bold sm:text-2xl">{article.title}</h2>
                <p className="text-muted mt-1 text-sm">
                  <time dateTime={article.publishedAt}>
                    {formatDate(new Date(article.publishedAt), settings.timeZone)}
                  </time>
                </p>
                <p className="mt-3 leading-relaxed">{article.excerpt}</p>
              </article>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
