import type { Metadata } from "next";
import { LinkForm } from "@/components/petitions/link-form";
import { petitionLinkMessages } from "@/lib/i18n/messages/petition-links";
import { pageLocale } from "@/lib/i18n/page-locale";
import { signatureForLink } from "@/lib/petitions/confirm";
import { petitionTextIn, readPetitionTexts } from "@/lib/petitions/record";
import { petitionPath } from "@/lib/urls";

type Purpose = "confirm" | "withdraw";
type Query = Record<string, string | string[] | undefined>;

export async function linkPageMetadata(purpose: Purpose, segment: string): Promise<Metadata> {
  const locale = await pageLocale(segment, `/petitions/${purpose}`);
  const l = petitionLinkMessages[locale.lang];
  return {
    title: purpose === "confirm" ? l.confirmTitle : l.withdrawTitle,
    // The address carries a personal token: never indexed, and never sent to another site as a
    // referrer ("same-origin": the button's own POST still carries the Origin it is checked by).
    robots: { index: false, follow: false },
    referrer: "same-origin",
  };
}

/** The page a confirmation email's link opens: what the link is for, and one button. */
export async function LinkPage({
  purpose,
  segment,
  query,
}: {
  purpose: Purpose;
  segment: string;
  query: Query;
}) {
  const token = typeof query.t === "string" ? query.t : "";
  const locale = await pageLocale(segment, `/petitions/${purpose}`, query);
  const l = petitionLinkMessages[locale.lang];
  const signature = token ? await signatureForLink(purpose, token) : null;
  const live = signature && signature.petition.status !== "DRAFT" ? signature : null;
  const title = live
    ? petitionTextIn(readPetitionTexts(live.petition.texts), locale.lang, locale.defaultLang).title
    : "";
  const petitionHref = live
    ? petitionPath(live.petition.slug, locale)
    : petitionPath(undefined, locale);
  return (
    <article className="mx-auto max-w-2xl space-y-6" data-link-page={purpose}>
      <h1 className="text-3xl font-bold">
        {purpose === "confirm" ? l.confirmTitle : l.withdrawTitle}
      </h1>
      <LinkForm
        purpose={purpose}
        token={token}
        lang={locale.lang}
        petitionHref={petitionHref}
        settled={
          !live ? "dead" : purpose === "confirm" && live.status === "CONFIRMED" ? "confirmed" : null
        }
      >
        <p className="text-lg">
          {purpose === "confirm" ? l.confirmBody(title) : l.withdrawBody(title)}
        </p>
      </LinkForm>
    </article>
  );
}
