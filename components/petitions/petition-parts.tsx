import { formatDate } from "@/lib/format";
import { LANGUAGES, type Lang } from "@/lib/i18n/languages";
import { petitionMessages } from "@/lib/i18n/messages/petitions";
import type { PublicPetition, PublicSigner } from "@/lib/petitions/queries";

const number = (lang: Lang, n: number) => new Intl.NumberFormat(LANGUAGES[lang].intl).format(n);

/** The confirmed count, the goal and a bar between them. */
export function PetitionProgress({ petition, lang }: { petition: PublicPetition; lang: Lang }) {
  const t = petitionMessages[lang];
  const share = Math.min(100, Math.round((petition.signatureCount / petition.goal) * 100));
  return (
    <div data-petition-progress>
      <p className="flex flex-wrap items-baseline gap-x-2">
        <strong className="text-2xl" data-signature-count={petition.signatureCount}>
          {t.signatures(petition.signatureCount)}
        </strong>
        <span className="text-muted">{t.ofGoal(number(lang, petition.goal))}</span>
      </p>
      <div
        role="progressbar"
        aria-label={t.progressLabel}
        aria-valuemin={0}
        aria-valuemax={petition.goal}
        aria-valuenow={Math.min(petition.signatureCount, petition.goal)}
        aria-valuetext={`${t.signatures(petition.signatureCount)} ${t.ofGoal(number(lang, petition.goal))}`}
        className="bg-line mt-2 h-3 overflow-hidden rounded-full"
      >
        <div className="bg-accent h-full" style={{ width: `${share}%` }} />
      </div>
    </div>
  );
}

/** Open (with its end date), closed, or delivered (with the day). */
export function PetitionStatusLine(props: {
  petition: PublicPetition;
  lang: Lang;
  timeZone: string;
}) {
  const { petition, lang, timeZone } = props;
  const t = petitionMessages[lang];
  if (petition.status === "DELIVERED") {
    const day = petition.deliveredAt
      ? formatDate(new Date(`${petition.deliveredAt}T12:00:00Z`), "UTC", lang)
      : "";
    return <p className="font-semibold">{day ? t.deliveredOn(day) : t.statusDelivered}</p>;
  }
  if (petition.status === "CLOSED") return <p className="font-semibold">{t.closedNote}</p>;
  return (
    <p className="text-muted text-sm">
      {t.statusOpen}
      {petition.endsAt && ` · ${t.endsOn(formatDate(new Date(petition.endsAt), timeZone, lang))}`}
    </p>
  );
}

/** The most recent signers who chose to be shown, as the petition shows them. */
export function PetitionSigners({
  petition,
  signers,
  lang,
}: {
  petition: PublicPetition;
  signers: PublicSigner[];
  lang: Lang;
}) {
  const t = petitionMessages[lang];
  if (petition.signerDisplay === "COUNT_ONLY")
    return <p className="text-muted text-sm">{t.countOnly}</p>;
  return (
    <section aria-labelledby="signers-title">
      <h2 id="signers-title" className="text-xl font-bold">
        {t.recentSigners}
      </h2>
      {signers.length === 0 ? (
        <p className="text-muted mt-2 text-sm">{t.noSignersShown}</p>
      ) : (
        <ul className="mt-3 space-y-2" data-signers>
          {signers.map((signer, index) => (
            <li key={`${signer.confirmedAt}-${index}`} className="border-line border-b pb-2">
              <span className="font-semibold">{signer.name}</span>
              {signer.place && <span className="text-muted"> · {signer.place}</span>}
              {signer.comment && <p className="mt-1 text-sm">{signer.comment}</p>}
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}

/** What is kept about signers, for how long, and that no IP is stored; or that it is all gone. */
export function PetitionPrivacy(props: {
  petition: PublicPetition;
  lang: Lang;
  timeZone: string;
  retentionDays: number;
}) {
  const { petition, lang, timeZone, retentionDays } = props;
  const t = petitionMessages[lang];
  return (
    <section
      aria-labelledby="privacy-title"
      className="border-line rounded border bg-white p-4 text-sm"
      data-petition-privacy
    >
      <h2 id="privacy-title" className="font-bold">
        {t.privacyTitle}
      </h2>
      {petition.dataDeletedAt ? (
        <p className="mt-1" data-data-deleted>
          {t.dataDeleted(formatDate(new Date(petition.dataDeletedAt), timeZone, lang))}
        </p>
      ) : (
        <>
          <p className="mt-1">{t.privacyKept[petition.signerDisplay]}</p>
          <p className="mt-1">{t.privacyRetention(retentionDays)}</p>
        </>
      )}
      <p className="mt-1">{t.privacyNoIp}</p>
    </section>
  );
}
