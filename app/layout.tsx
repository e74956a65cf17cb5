import type { Metadata, Viewport } from "next";
import type { ReactNode } from "react";
import { ICON_SIZES, iconVersion } from "@/lib/icons/images";
import { iconPath } from "@/lib/urls";
import { getSiteSettings } from "@/lib/settings/queries";
import "./globals.css";

export async function generateMetadata(): Promise<Metadata> {
  const settings = await getSiteSettings();
  const version = await iconVersion(settings);
  return {
    title: { default: settings.title, template: `%s | ${settings.title}` },
    description: settings.description,
    manifest: "/manifest.webmanifest",
    icons: {
      icon: [
        { url: "/favicon.ico", sizes: "16x16 32x32 48x48", type: "image/x-icon" },
        ...ICON_SIZES.filter((size) => size === 32 || size === 192).map((size) => ({
          url: iconPath(version, size),
          sizes: `${size}x${size}`,
          type: "image/png",
        })),
      ],
      apple: [{ url: iconPath(version, 180), sizes: "180x180", type: "image/png" }],
    },
  };
}

export async function generateViewport(): Promise<Viewport> {
  return { themeColor: (await getSiteSettings()).accentColor };
}

export default async function RootLayout({ children }: { children: ReactNode }) {
  const settings = await getSiteSettings();
  return (
    <html lang={settings.language}>
      <body className="min-h-screen font-sans antialiased">{children}</body>
    </html>
  );
}
