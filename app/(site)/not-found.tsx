import type { Metadata } from "next";
import { NotFoundContent } from "@/components/site/not-found-content";
import { messages } from "@/lib/i18n/messages";

export const metadata: Metadata = { title: messages.notFound.title, robots: { index: false } };

/** A page of the public site that does not exist: inside the site's own header and footer. */
export default function SiteNotFound() {
  return <NotFoundContent />;
}
