import { ResponsiveImage } from "@/components/site/responsive-image";
import Link from "next/link";
import { DaysLine } from "@/components/people/days-line";
import type { Locale } from "@/lib/i18n/locale";
import type { PersonView } from "@/lib/people/view";
import { personPath } from "@/lib/urls";

/**
 * A person in a list, on an article about them or among search results: photo, name, status,
 * days behind bars, and a link to the profile.
 */
export function PersonCard({
  view,
  locale,
  headingLevel: Heading = "h3",
}: {
  view: PersonView;
  locale: Locale;
  headingLevel?: "h2" | "h3";
}) {
  const { person, name, status } = view;
  return (
    <article className="border-line flex gap-4 rounded border bg-white p-4">
      {person.photo ? (
        <ResponsiveImage
          image={person.photo}
          sizes="5rem"
          alt=""
          lazy
          className="bg-line size-20 shrink-0 rounded object-cover"
        />
      ) : (
        <span
          aria-hidden="true"
          className="bg-line text-muted flex size-20 shrink-0 items-center justify-center rounded font-serif text-3xl"
        >
          {name.text.slice(0, 1)}
        </span>
      )}
      <div className="min-w-0">
        <Heading className="font-serif text-lg leading-snug font-bold" lang={name.lang}>
          <Link
            href={personPath(person.slug, locale)}
            className="hover:text-accent underline-offset-4 hover:underline"
          >
            {name.text}
          </Link>
        </Heading>
        <p className="text-muted text-sm" lang={status.lang}>
          {status.text}
        </p>
        <DaysLine view={view} locale={locale} className="mt-1 text-sm font-semibold" />
      </div>
    </article>
  );
}
