import Link from "next/link";
import { BoxFrame, primaryLink, secondaryLink } from "@/components/actions/box-frame";
import { PetitionProgress, PetitionStatusLine } from "@/components/petitions/petition-parts";
import type { Locale } from "@/lib/i18n/locale";
import { actionMessages } from "@/lib/i18n/messages/actions";
import { petitionMessages } from "@/lib/i18n/messages/petitions";
import { isSigningOpen } from "@/lib/petitions/public-page";
import type { PublicPetition } from "@/lib/petitions/queries";
import { petitionTextIn } from "@/lib/petitions/record";
import { petitionPath } from "@/lib/urls";

/** A petition: its title, the count toward the goal, and the way to sign (or its closed state). */
export function PetitionBox({
  id,
  petition,
  locale,
  timeZone,
  level,
}: {
  id: string;
  petition: PublicPetition;
  locale: Locale;
  timeZone: string;
  level?: "h2" | "h3";
}) {
  const t = petitionMessages[locale.lang];
  const text = petitionTextIn(petition.texts, locale.lang, locale.defaultLang);
  const open = isSigningOpen(petition);
  return (
    <BoxFrame
      id={id}
      kind="petition"
      lang={locale.lang}
      heading={text.title || petition.slug}
      headingLang={text.lang === locale.lang ? undefined : text.lang}
      level={level}
    >
      {text.addressee && (
        <p className="text-muted mt-1 text-sm" lang={text.lang}>
          {t.addressedTo(text.addressee)}
        </p>
      )}
      <div className="mt-3">
        <PetitionProgress petition={petition} lang={locale.lang} />
      </div>
      <div className="mt-2">
        <PetitionStatusLine petition={petition} lang={locale.lang} timeZone={timeZone} />
      </div>
      <p className="mt-3 flex flex-wrap items-center gap-x-4 gap-y-2">
        {open && (
          <Link href={petitionPath(petition.slug, locale, "sign")} className={primaryLink}>
            {t.sign}
          </Link>
        )}
        <Link href={petitionPath(petition.slug, locale)} className={secondaryLink}>
          {actionMessages[locale.lang].readPetition}
        </Link>
      </p>
    </BoxFrame>
  );
}
