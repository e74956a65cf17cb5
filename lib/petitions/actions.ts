"use server";

import { headers } from "next/headers";
import { redirect } from "next/navigation";
import { clientIp } from "@/lib/auth/config";
import { type Lang, isLang } from "@/lib/i18n/languages";
import { petitionMessages } from "@/lib/i18n/messages/petitions";
import { revalidatePetitionCounts } from "@/lib/revalidate";
import { getSiteSettings } from "@/lib/settings/queries";
import { petitionPath } from "@/lib/urls";
import { confirmSignature, withdrawSignature } from "@/lib/petitions/confirm";
import type { SignFormValues } from "@/lib/petitions/sign-schema";
import { SignRefusedError, refusalText, signPetition } from "@/lib/petitions/signing";
import { issueSignToken } from "@/lib/petitions/tokens";

export type SignState =
  | { status: "idle" }
  | {
      status: "error";
      formError: string;
      fieldErrors: Record<string, string[]>;
      values: SignFormValues;
      token: string;
    };

/** What went wrong, without the values involved (a Prisma error's code, or the error's name). */
function errorKind(error: unknown): string {
  const code = (error as { code?: unknown } | null)?.code;
  return typeof code === "string" ? code : error instanceof Error ? error.name : "error";
}

function text(formData: FormData, name: string): string {
  const value = formData.get(name);
  return typeof value === "string" ? value : "";
}

function formLang(formData: FormData): Lang {
  const lang = text(formData, "lang");
  return isLang(lang) ? lang : "en";
}

/**
 * The public sign form. Anyone may sign; the service applies every rule. A signature (new,
 * repeated, or by a program that filled the honeypot) answers 303 to the same "check your email"
 * page; a refusal re-renders the form with everything typed kept.
 */
export async function signPetitionAction(
  _previous: SignState,
  formData: FormData,
): Promise<SignState> {
  const lang = formLang(formData);
  const petitionId = text(formData, "petitionId");
  const values: SignFormValues = {
    name: text(formData, "name"),
    email: text(formData, "email"),
    country: text(formData, "country"),
    city: text(formData, "city"),
    comment: text(formData, "comment"),
    showName: formData.get("showName") === "on",
    mayEmail: formData.get("mayEmail") === "on",
  };
  let slug: string;
  try {
    const requestHeaders = await headers();
    slug = await signPetition(
      { ...values, petitionId, token: text(formData, "token"), website: text(formData, "website") },
      { ip: clientIp(requestHeaders), lang },
    );
  } catch (error) {
    const refused = error instanceof SignRefusedError;
    // Never the error itself: a database error can quote what was typed (name, email).
    if (!refused) console.error("[signPetitionAction] failed:", errorKind(error), { petitionId });
    return {
      status: "error",
      formError: refused
        ? refusalText(lang, error.reason, error.minutes)
        : petitionMessages[lang].refusals.writeFailed,
      fieldErrors: refused ? error.localizedFieldErrors(lang) : {},
      values,
      // A "too fast" token becomes fine by waiting; any other is renewed.
      token:
        refused && error.reason === "tooFast"
          ? text(formData, "token")
          : issueSignToken(petitionId),
    };
  }
  const { defaultLanguage } = await getSiteSettings();
  redirect(petitionPath(slug, { lang, defaultLang: defaultLanguage }, "signed"));
}

export type LinkState =
  | { status: "idle" }
  | { status: "done"; outcome: "confirmed" | "withdrawn" | "closed" | "dead" | "failed" };

/** The button on the page a confirmation link opens: counts the signature (once). */
export async function confirmSignatureAction(
  _previous: LinkState,
  formData: FormData,
): Promise<LinkState> {
  try {
    const result = await confirmSignature(text(formData, "t"));
    if (result.outcome === "confirmed") revalidatePetitionCounts();
    return { status: "done", outcome: result.outcome };
  } catch (error) {
    console.error("[confirmSignatureAction] failed:", errorKind(error));
    return { status: "done", outcome: "failed" };
  }
}

/** The button on the page a withdrawal link opens: deletes the signature. */
export async function withdrawSignatureAction(
  _previous: LinkState,
  formData: FormData,
): Promise<LinkState> {
  try {
    const result = await withdrawSignature(text(formData, "t"));
    if (result.outcome === "withdrawn") revalidatePetitionCounts();
    return { status: "done", outcome: result.outcome };
  } catch (error) {
    console.error("[withdrawSignatureAction] failed:", errorKind(error));
    return { status: "done", outcome: "failed" };
  }
}
