import { AddAddressForm, DeleteAddressForm, VerifiedForm } from "./address-forms";
import { DeleteEventForm, EventForm } from "./timeline-forms";
import type { Lang } from "@/lib/i18n/languages";
import { staffMessages } from "@/lib/i18n/messages/staff";
import type { getPersonForEdit } from "@/lib/people/staff-queries";

type Person = Awaited<ReturnType<typeof getPersonForEdit>>;

/** The timeline: each event with its own form to correct it, then a form to add one. */
export function TimelineSection({ person, languages }: { person: Person; languages: Lang[] }) {
  const t = staffMessages().people;
  return (
    <section
      aria-labelledby="timeline"
      className="border-line space-y-4 rounded border bg-white p-4"
    >
      <h2 id="timeline" className="text-xl font-bold">
        {t.timeline.heading}
      </h2>
      <p className="text-muted text-sm">{t.timeline.description}</p>
      {person.events.length === 0 ? (
        <p className="text-sm">{t.timeline.empty}</p>
      ) : (
        <ol className="space-y-3">
          {person.events.map((event) => (
            <li key={event.id} className="border-line rounded border p-3">
              <details>
                <summary className="cursor-pointer">
                  <span className="font-semibold">{event.date}</span> · {t.eventKinds[event.kind]}
                  {event.texts[languages[0] ?? "en"]?.place
                    ? ` · ${event.texts[languages[0] ?? "en"]?.place}`
                    : ""}
                </summary>
                <div className="mt-3 space-y-3">
                  <EventForm personId={person.id} languages={languages} defaults={event} />
                  <DeleteEventForm
                    personId={person.id}
                    eventId={event.id}
                    label={t.timeline.confirmDelete(t.eventKinds[event.kind], event.date)}
                  />
                </div>
              </details>
            </li>
          ))}
        </ol>
      )}
      <h3 className="font-semibold">{t.timeline.add}</h3>
      <EventForm personId={person.id} languages={languages} />
    </section>
  );
}

/** The addresses: the current one, the earlier ones as history, and a form for a new one. */
export function AddressesSection({ person }: { person: Person }) {
  const t = staffMessages().people.addresses;
  return (
    <section
      aria-labelledby="addresses"
      className="border-line space-y-4 rounded border bg-white p-4"
    >
      <h2 id="addresses" className="text-xl font-bold">
        {t.heading}
      </h2>
      <p className="text-muted text-sm">{t.description}</p>
      {person.addresses.length === 0 ? (
        <p className="text-sm">{t.empty}</p>
      ) : (
        <ul className="space-y-3">
          {person.addresses.map((address, index) => (
            <li key={address.id} className="border-line space-y-2 rounded border p-3">
              <p className="text-sm font-semibold">
                {index === 0 ? t.current : t.history} · {t.validFrom} {address.validFrom}
              </p>
              <div className="grid gap-3 sm:grid-cols-2">
                <pre className="font-mono text-sm whitespace-pre-line">{address.address}</pre>
                <pre className="text-muted font-mono text-sm whitespace-pre-line">
                  {address.latin}
                </pre>
              </div>
              <VerifiedForm
                personId={person.id}
                addressId={address.id}
                lastVerified={address.lastVerified}
              />
              <DeleteAddressForm
                personId={person.id}
                addressId={address.id}
                label={t.confirmDelete(address.validFrom)}
              />
            </li>
          ))}
        </ul>
      )}
      <h3 className="font-semibold">{t.add}</h3>
      <p className="text-muted text-sm">{t.addHint}</p>
      <AddAddressForm personId={person.id} />
    </section>
  );
}
