"use server";

import { redirect } from "next/navigation";
import { unsubscribeFromReplies } from "@/lib/comments/moderation";
import { readUnsubscribeToken } from "@/lib/comments/tokens";
import { isLang } from "@/lib/i18n/languages";

/** One click from the emailed link: the signed token names the address, so no sign-in is needed. */
export async function unsubscribeAction(formData: FormData): Promise<void> {
  const token = formData.get("token");
  const lang = formData.get("prefix");
  // The page's own language prefix, checked: never an address taken from the form as it is.
  const prefix = typeof lang === "string" && isLang(lang) ? `/${lang}` : "";
  const email = readUnsubscribeToken(typeof token === "string" ? token : null);
  if (!email) redirect(`${prefix}/comments/unsubscribe`);
  await unsubscribeFromReplies(email);
  redirect(`${prefix}/comments/unsubscribe?done=1`);
}
