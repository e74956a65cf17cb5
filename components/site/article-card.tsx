import { ResponsiveImage } from "@/components/site/responsive-image";
import Link from "next/link";
import { CategoryLine } from "@/components/site/category-line";
import type { ArticleSummary } from "@/lib/articles/queries";
import { formatDate } from "@/lib/format";
import type { Locale } from "@/lib/i18n/locale";
import { getMessages } from "@/lib/i18n/messages";
import { articlePath } from "@/lib/urls";

type Props = {
  article: ArticleSummary;
  timeZone: string;
  /** The page's locale: the card's own language may differ (search results). */
  locale: Locale;
  headingLevel?: "h2" | "h3";
  featured?: boolean;
};

/** One story in a list: category, title, date, excerpt and a "Read more" link. */
export function ArticleCard({
  article,
  timeZone,
  locale,
  headingLevel = "h2",
  featured = false,
}: Props) {
  const Heading = headingLevel;
  const language = { lang: article.language, defaultLang: locale.defaultLang };
  const href = articlePath(article.kind, article.slug, language);
  return (
    <article
      lang={article.language === locale.lang ? undefined : article.language}
      className={
        featured
          ? "grid gap-6 md:grid-cols-2 md:items-center"
          : "grid gap-4 sm:grid-cols-[1fr_12rem]"
      }
    >
      <div className={featured ? "" : "sm:order-1"}>
        {article.categories.length > 0 && (
          <CategoryLine categories={article.categories} language={language} />
        )}
        <Heading
          className={`text-ink mt-1 font-serif font-bold ${featured ? "text-3xl sm:text-4xl" : "text-xl sm:text-2xl"}`}
        >
          <Link href={href} className="hover:text-accent hover:underline">
            {article.title}
          </Link>
        </Heading>
        <p className="text-muted mt-2 text-sm">
          <time dateTime={article.publishedAt}>
            {formatDate(new Date(article.publishedAt), timeZone, locale.lang)}
          </time>
        </p>
        <p className={`mt-3 leading-relaxed ${featured ? "text-lg" : ""}`}>{article.excerpt}</p>
        <p className="mt-3">
          <Link
            href={href}
            className="text-accent hover:text-accent-dark font-semibold underline underline-offset-4"
          >
            {getMessages(locale.lang).home.readMore}
            <span className="sr-only">: {article.title}</span>
          </Link>
        </p>
      </div>
      {article.cover && (
        <ResponsiveImage
          image={article.cover}
          sizes={featured ? "(min-width: 768px) 480px, 100vw" : "12rem"}
          alt={article.cover.alt}
          priority={featured}
          lazy={!featured}
          className={`bg-line h-auto w-full rounded object-cover ${featured ? "order-first" : "sm:order-2"}`}
        />
      )}
    </article>
  );
}
