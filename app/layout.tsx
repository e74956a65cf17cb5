import type { Metadata } from "next";
import type { ReactNode } from "react";
import { getSiteSettings } from "@/lib/settings/queries";
import "./globals.css";

export async function generateMetadata(): Promise<Metadata> {
  const settings = await getSiteSettings();
  return {
    title: { default: settings.title, template: `%s | ${settings.title}` },
    description: settings.description,
  };
}

export default async function RootLayout({ children }: { children: ReactNode }) {
  const settings = await getSiteSettings();
  return (
    <html lang={settings.language}>
      <body className="min-h-screen font-sans antialiased">{children}</body>
    </html>
  );
}
