"use client";

import Link from "next/link";
import { usePathname, useSearchParams } from "next/navigation";

export type AdminNavItem = { href: string; label: string; badge?: number; badgeLabel?: string };

function isCurrent(href: string, pathname: string, kind: string | null): boolean {
  const [path, query] = href.split("?");
  if (path === "/admin") return pathname === "/admin";
  if (path === "/admin/articles") {
    const wantsPages = query === "kind=PAGE";
    return pathname.startsWith(path) && wantsPages === (kind === "PAGE");
  }
  return pathname === path || pathname.startsWith(`${path}/`);
}

/** The staff area's navigation; the server passes only the entries the role may use. */
export function AdminNav({ items }: { items: AdminNavItem[] }) {
  const pathname = usePathname();
  const kind = useSearchParams().get("kind");
  return (
    <ul className="flex flex-wrap gap-1 md:flex-col">
      {items.map((item) => {
        const current = isCurrent(item.href, pathname, kind);
        return (
          <li key={item.href}>
            <Link
              href={item.href}
              aria-current={current ? "page" : undefined}
              className="aria-[current=page]:text-navy flex items-center justify-between gap-2 rounded px-3 py-2 text-sm font-semibold text-white/90 hover:bg-white/10 aria-[current=page]:bg-white"
            >
              {item.label}
              {item.badge ? (
                <span className="bg-accent rounded-full px-2 text-xs text-white">
                  {item.badge}
                  <span className="sr-only"> {item.badgeLabel}</span>
                </span>
              ) : null}
            </Link>
          </li>
        );
      })}
    </ul>
  );
}
