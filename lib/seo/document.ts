import type { Metadata, Viewport } from "next";
import { ICON_SIZES, iconVersion } from "@/lib/icons/images";
import type { SiteSettings } from "@/lib/settings/schemas";
import { iconPath } from "@/lib/urls";

/** What every page's head carries, public or staff: the title template, icons and manifest. */
export async function documentMetadata(
  settings: SiteSettings,
  texts: { title: string; description: string },
): Promise<Metadata> {
  const version = await iconVersion(settings);
  return {
    title: { default: texts.title, template: `%s | ${texts.title}` },
    description: texts.description,
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

export function documentViewport(settings: SiteSettings): Viewport {
  return { themeColor: settings.accentColor };
}
