import type { Metadata, Viewport } from "next";
import type { ReactNode } from "react";
import { documentMetadata, documentViewport } from "@/lib/seo/document";
import { getSiteSettings } from "@/lib/settings/queries";

/** The staff area and sign-in are in English. */
export async function staffMetadata(): Promise<Metadata> {
  const settings = await getSiteSettings();
  return documentMetadata(settings, settings);
}

export async function staffViewport(): Promise<Viewport> {
  return documentViewport(await getSiteSettings());
}

/** The document around staff pages: they have a root layout of their own, apart from the site's. */
export function StaffDocument({ children }: { children: ReactNode }) {
  return (
    <html lang="en">
      <body className="min-h-screen font-sans antialiased">{children}</body>
    </html>
  );
}
