import { ResponsiveImage } from "@/components/site/responsive-image";
import Link from "next/link";
import { AddressBlock } from "@/components/people/address-block";
import { DaysLine } from "@/components/people/days-line";
import { Timeline } from "@/components/people/timeline";
import { formatDate } from "@/lib/format";
import type { Locale } from "@/lib/i18n/locale";
import { getMessages } from "@/lib/i18n/messages";
import type { PersonArticle } from "@/lib/people/queries";
import { type PersonView, formatBirthday, formatCalendarDate } from "@/lib/people/view";
import { articlePath, peoplePath } from "@/lib/urls";

/** The top of a profile: photo, name, status, days behind bars, birthday and regions. */
export function ProfileHeader({ view, locale }: { view: PersonView; locale: Locale }) {
  const t = getMessages(locale.lang).people;
  const { person, name, status } = view;
  const birthday = person.birthday;
  return (
    <header className="flex flex-col gap-5 sm:flex-row">
      {person.photo && (
        <figure className="shrink-0">
          {}
          <ResponsiveImage
            image={person.photo}
            sizes="12rem"
            alt={person.photo.alt || name.text}
            className="bg-line h-auto w-48 rounded object-cover"
          />
          {person.photo.credit && (
            <figcaption className="text-muted mt-1 text-xs">
              {t.photoCredit} <span className="italic">{person.photo.credit}</span>
            </figcaption>
          )}
        </figure>
      )}
      <div className="min-w-0">
        <h1 className="font-serif text-3xl leading-tight font-bold sm:text-4xl" lang={name.lang}>
          {name.text}
        </h1>
        <p className="mt-2">
          <Link
            href={peoplePath(locale, { status: person.status.key })}
            className="bg-line rounded px-2 py-0.5 text-sm font-semibold"
            lang={status.lang}
          >
            {status.text}
          </Link>
        </p>
        <DaysLine view={view} locale={locale} className="mt-3 text-xl font-bold" />
        {birthday && (
          <p className="mt-2">
            {birthday.year
              ? t.born(formatBirthday(birthday, locale.lang))
              : t.birthday(formatBirthday(birthday, locale.lang))}
          </p>
        )}
        {person.regions.length > 0 && (
          <p className="mt-2 text-sm">
            <span className="font-semibold">{t.regions}:</span>{" "}
            {person.regions.map((region, index) => (
              <span key={region.slug}>
                {index > 0 && ", "}
                <Link
                  href={peoplePath(locale, { region: region.slug })}
                  className="underline underline-offset-4"
                  lang={view.regions[index]!.lang}
                >
                  {view.regions[index]!.text}
                </Link>
              </span>
            ))}
          </p>
        )}
      </div>
    </header>
  );
}

/** The bio (blank lines between paragraphs) and the charges, article by article. */
export function ProfileFacts({ view, locale }: { view: PersonView; locale: Locale }) {
  const t = getMessages(locale.lang).people;
  const paragraphs = view.bio.text.split(/\n\s*\n/).filter((p) => p.trim());
  return (
    <>
      {paragraphs.length > 0 && (
        <div className="space-y-4 text-lg leading-relaxed" lang={view.bio.lang}>
          {paragraphs.map((paragraph, index) => (
            <p key={index}>{paragraph}</p>
          ))}
        </div>
      )}
      {view.person.charges.length > 0 && (
        <section aria-labelledby="charges-heading">
          <h2 id="charges-heading" className="font-serif text-2xl font-bold">
            {t.charges}
          </h2>
          <ul className="mt-3 space-y-1">
            {view.person.charges.map((charge) => (
              <li key={`${charge.article} ${charge.text}`}>
                {charge.article && <span className="font-semibold">{charge.article}</span>}
                {charge.article && charge.text && " — "}
                {charge.text}
              </li>
            ))}
          </ul>
        </section>
      )}
      <Timeline view={view} locale={locale} />
    </>
  );
}

/** Addresses letters once went to, kept as a record (for a person held today, the older ones). */
export function EarlierAddresses({ view, locale }: { view: PersonView; locale: Locale }) {
  const t = getMessages(locale.lang).people;
  const earlier = view.person.addresses.slice(view.currentAddress ? 1 : 0);
  if (earlier.length === 0) return null;
  return (
    <details className="border-line rounded border bg-white p-4">
      <summary className="cursor-pointer font-semibold">{t.earlierAddresses}</summary>
      <ul className="mt-3 space-y-4">
        {earlier.map((address) => (
          <li key={`${address.validFrom}-${address.address}`}>
            <AddressBlock address={address} latinLabel={t.latin} />
            <p className="text-muted mt-1 text-sm">
              {t.validFrom(formatCalendarDate(address.validFrom, locale.lang))}
            </p>
          </li>
        ))}
      </ul>
    </details>
  );
}

/** The published news about the person, in the page's language first. */
export function PersonArticles({
  view,
  articles,
  locale,
  timeZone,
}: {
  view: PersonView;
  articles: PersonArticle[];
  locale: Locale;
  timeZone: string;
}) {
  if (articles.length === 0) return null;
  const t = getMessages(locale.lang).people;
  return (
    <section aria-labelledby="articles-heading">
      <h2 id="articles-heading" className="font-serif text-2xl font-bold">
        {t.articlesAbout(view.name.text)}
      </h2>
      <ul className="mt-3 space-y-3">
        {articles.map((article) => (
          <li key={article.id} lang={article.language}>
            <Link
              href={articlePath(article.kind, article.slug, {
                lang: article.language,
                defaultLang: locale.defaultLang,
              })}
              className="font-semibold underline-offset-4 hover:underline"
            >
              {article.title}
            </Link>
            <span className="text-muted text-sm">
              {" · "}
              <time dateTime={article.publishedAt}>
                {formatDate(new Date(article.publishedAt), timeZone, locale.lang)}
              </time>
            </span>
          </li>
        ))}
      </ul>
    </section>
  );
}
