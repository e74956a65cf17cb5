"use server";

import { redirect } from "next/navigation";
import { unsubscribeFromReplies } from "@/lib/comments/moderation";
import { readUnsubscribeToken } from "@/lib/comments/tokens";

/** One click from the emailed link: the signed token names the address, so no sign-in is needed. */
export async function unsubscribeAction(formData: FormData): Promise<void> {
  const token = formData.get("token");
  const email = readUnsubscribeToken(typeof token === "string" ? token : null);
  if (!email) redirect("/comments/unsubscribe");
  await unsubscribeFromReplies(email);
  redirect("/comments/unsubscribe?done=1");
}
