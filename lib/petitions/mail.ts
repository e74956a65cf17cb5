import "server-only";
import { getDb } from "@/lib/db";
import type { Lang } from "@/lib/i18n/languages";
import { petitionLinkMessages } from "@/lib/i18n/messages/petition-links";
import { sendMail } from "@/lib/mail";
import { petitionTextIn, readPetitionTexts } from "@/lib/petitions/record";
import { issueSignatureLink } from "@/lib/petitions/tokens";
import { siteTexts } from "@/lib/settings/schemas";
import { getSiteSettings } from "@/lib/settings/queries";
import { absoluteUrl, signatureLinkPath } from "@/lib/urls";

type SignatureMail = {
  signatureId: string;
  /** The address as typed: on a count-only petition the row itself no longer holds it. */
  to: string;
  lang: Lang;
  /** "confirm": a new or still unconfirmed signature; "already": the address had signed. */
  kind: "confirm" | "already";
};

/**
 * The one email a signature sends, in the signer's language: the confirmation link with the
 * withdrawal link, or, to an address that had already signed, the withdrawal link alone. Never
 * throws (mail is sent after the answer).
 */
export async function sendSignatureMail(mail: SignatureMail): Promise<boolean> {
  try {
    const signature = await getDb().petitionSignature.findUnique({
      where: { id: mail.signatureId },
      select: { petition: { select: { texts: true } } },
    });
    if (!signature) return false;
    const site = await getSiteSettings();
    const language = { lang: mail.lang, defaultLang: site.defaultLanguage };
    const l = petitionLinkMessages[mail.lang];
    const title = petitionTextIn(
      readPetitionTexts(signature.petition.texts),
      mail.lang,
      site.defaultLanguage,
    ).title;
    const link = (purpose: "confirm" | "withdraw") =>
      absoluteUrl(
        signatureLinkPath(purpose, issueSignatureLink(purpose, mail.signatureId), language),
      );
    const siteName = siteTexts(site, mail.lang).title;
    return await sendMail(
      mail.kind === "confirm"
        ? {
            to: mail.to,
            lang: mail.lang,
            subject: l.mailConfirmSubject,
            text: l.mailConfirmBody(title, siteName, link("confirm"), link("withdraw")),
          }
        : {
            to: mail.to,
            lang: mail.lang,
            subject: l.mailAgainSubject,
            text: l.mailAgainBody(title, siteName, link("withdraw")),
          },
    );
  } catch (error) {
    // Only the kind of failure: the error could quote the address.
    console.error("[petitions] could not send the signature email:", (error as Error)?.name);
    return false;
  }
}
