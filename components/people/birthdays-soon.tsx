import Link from "next/link";
import type { Locale } from "@/lib/i18n/locale";
import { getMessages } from "@/lib/i18n/messages";
import { loadPeopleViews, siteToday } from "@/lib/people/public-page";
import { type PersonView, birthdaysSoon, formatBirthday } from "@/lib/people/view";
import { personPath } from "@/lib/urls";

/**
 * "Birthdays soon": people held today whose birthday falls in the next 30 days, each with a link
 * to write to them. Nothing when there are none.
 */
export function BirthdaysSoon({
  views,
  today,
  locale,
  headingLevel: Heading = "h2",
}: {
  views: PersonView[];
  today: string;
  locale: Locale;
  headingLevel?: "h2" | "h3";
}) {
  const soon = birthdaysSoon(views, today);
  if (soon.length === 0) return null;
  const t = getMessages(locale.lang).people;
  return (
    <section
      aria-labelledby="birthdays-heading"
      className="border-line rounded border bg-white p-4"
    >
      <Heading id="birthdays-heading" className="font-serif text-xl font-bold">
        {t.birthdaysSoon}
      </Heading>
      <p className="text-muted mt-1 text-sm">{t.birthdaysIntro}</p>
      <ul className="mt-3 space-y-2">
        {soon.map(({ view, date }) => (
          <li key={view.person.slug}>
            <span className="font-semibold" lang={view.name.lang}>
              {view.name.text}
            </span>
            <span className="text-muted">
              {", "}
              {t.birthdayOn(
                formatBirthday(
                  { year: null, month: Number(date.slice(5, 7)), day: Number(date.slice(8, 10)) },
                  locale.lang,
                ),
              )}
            </span>
            {" · "}
            <Link
              href={`${personPath(view.person.slug, locale)}#write`}
              className="text-accent font-semibold underline underline-offset-4"
            >
              <span lang={locale.lang}>{t.writeTo(view.name.text)}</span>
            </Link>
          </li>
        ))}
      </ul>
    </section>
  );
}

/** The home page's "Birthdays soon" (first page only), loaded on its own. */
export async function HomeBirthdays({ locale }: { locale: Locale }) {
  const [views, today] = await Promise.all([loadPeopleViews(locale), siteToday()]);
  if (birthdaysSoon(views, today).length === 0) return null;
  return (
    <div className="mb-10">
      <BirthdaysSoon views={views} today={today} locale={locale} />
    </div>
  );
}
