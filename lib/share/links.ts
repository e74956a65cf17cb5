/** The networks the share bar offers, in order. Plain links: nothing loads until a reader clicks. */
export const SHARE_NETWORKS = [
  "Facebook",
  "X",
  "Telegram",
  "WhatsApp",
  "VK",
  "Odnoklassniki",
  "LinkedIn",
  "Reddit",
] as const;

type ShareNetwork = (typeof SHARE_NETWORKS)[number];
export type ShareLink = { network: ShareNetwork | "Email"; href: string };

const e = encodeURIComponent;

/** Share URLs for an absolute page URL and its title, every part percent-encoded. */
export function buildShareLinks(url: string, title: string): ShareLink[] {
  const builders: Record<ShareNetwork, string> = {
    Facebook: `https://www.facebook.com/sharer/sharer.php?u=${e(url)}`,
    X: `https://x.com/intent/post?url=${e(url)}&text=${e(title)}`,
    Telegram: `https://t.me/share/url?url=${e(url)}&text=${e(title)}`,
    WhatsApp: `https://wa.me/?text=${e(`${title} ${url}`)}`,
    VK: `https://vk.com/share.php?url=${e(url)}&title=${e(title)}`,
    Odnoklassniki: `https://connect.ok.ru/offer?url=${e(url)}&title=${e(title)}`,
    LinkedIn: `https://www.linkedin.com/sharing/share-offsite/?url=${e(url)}`,
    Reddit: `https://www.reddit.com/submit?url=${e(url)}&title=${e(title)}`,
  };
  return [
    ...SHARE_NETWORKS.map((network) => ({ network, href: builders[network] })),
    {
      network: "Email" as const,
      href: `mailto:?subject=${e(title)}&body=${e(`${title}\n\n${url}`)}`,
    },
  ];
}
