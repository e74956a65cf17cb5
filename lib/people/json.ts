import type { JsonLdObject } from "@/lib/seo/json-ld";
import type { Locale } from "@/lib/i18n/locale";
import type { PersonView } from "@/lib/people/view";
import { absoluteUrl, personPath } from "@/lib/urls";

const pad = (n: number) => String(n).padStart(2, "0");

/** schema.org `Person` for a profile: names, other spellings, photo, birth date when shown. */
export function personJsonLd(view: PersonView, locale: Locale): JsonLdObject {
  const { person } = view;
  const birthday = person.birthday;
  const otherNames = [
    ...Object.values(person.names).filter(
      (name): name is string => !!name && name !== view.name.text,
    ),
    ...person.spellings,
  ];
  return {
    "@context": "https://schema.org",
    "@type": "Person",
    name: view.name.text,
    url: absoluteUrl(personPath(person.slug, locale)),
    ...(otherNames.length > 0 ? { alternateName: [...new Set(otherNames)] } : {}),
    ...(view.bio.text ? { description: view.bio.text.split(/\n\s*\n/)[0] } : {}),
    ...(person.photo ? { image: absoluteUrl(person.photo.src) } : {}),
    // A birth date without its year is not a schema.org Date: only a full one is given.
    ...(birthday?.year
      ? { birthDate: `${birthday.year}-${pad(birthday.month)}-${pad(birthday.day)}` }
      : {}),
  };
}

/**
 * One person in /people.json: what the public pages show, in every language the record has,
 * with the day count for `today`. Nothing staff-only (no ids, revisions, editors, unpublished
 * people or hidden birthdays).
 */
export function personData(view: PersonView, today: string) {
  const { person, count } = view;
  return {
    slug: person.slug,
    url: absoluteUrl(personPath(person.slug)),
    names: person.names,
    otherSpellings: person.spellings,
    bio: person.bios,
    photo: person.photo
      ? { url: absoluteUrl(person.photo.src), credit: person.photo.credit }
      : null,
    birthday: person.birthday,
    status: { key: person.status.key, names: person.status.names, heldToday: view.isHeld },
    daysBehindBars:
      count.periods.length > 0
        ? {
            asOf: today,
            days: count.days,
            held: count.held,
            heldSince: count.heldSince,
            releasedOn: count.releasedOn,
          }
        : null,
    charges: person.charges,
    regions: person.regions.map((region) => ({ slug: region.slug, names: region.names })),
    timeline: person.events.map((event) => ({
      date: event.date,
      kind: event.kind.toLowerCase(),
      texts: event.texts,
      source: event.sourceUrl || null,
    })),
    addressForLetters: view.currentAddress,
    earlierAddresses: person.addresses.slice(view.currentAddress ? 1 : 0),
  };
}
