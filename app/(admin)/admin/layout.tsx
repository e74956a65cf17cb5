import type { Metadata } from "next";
import Link from "next/link";
import { type ReactNode, Suspense } from "react";
import { AdminNav, type AdminNavItem } from "@/components/admin/admin-nav";
import { requireAdminPage } from "@/lib/auth";
import { signOutAction } from "@/lib/auth/actions";
import { type Actor, type Permission, can } from "@/lib/auth/permissions";
import { countPendingComments } from "@/lib/comments/queries";
import { staffMessages } from "@/lib/i18n/messages/staff";

const t = staffMessages();

export const metadata: Metadata = {
  title: { default: t.nav.staffArea, template: t.nav.titleTemplate },
  robots: { index: false, follow: false },
};

// Every admin page is rendered per request for the signed-in person; nothing here is cached.
export const dynamic = "force-dynamic";

const NAV: { href: string; label: keyof typeof t.nav.items; permission: Permission }[] = [
  { href: "/admin", label: "dashboard", permission: "admin:access" },
  { href: "/admin/articles", label: "articles", permission: "article:create" },
  { href: "/admin/articles?kind=PAGE", label: "pages", permission: "article:create" },
  { href: "/admin/people", label: "people", permission: "person:manage" },
  { href: "/admin/petitions", label: "petitions", permission: "petition:manage" },
  { href: "/admin/actions", label: "actions", permission: "setting:manage" },
  { href: "/admin/terms", label: "terms", permission: "term:manage" },
  { href: "/admin/media", label: "media", permission: "media:upload" },
  { href: "/admin/badge", label: "badge", permission: "setting:manage" },
  { href: "/admin/comments", label: "comments", permission: "comment:moderate" },
  { href: "/admin/users", label: "users", permission: "user:manage" },
  { href: "/admin/redirects", label: "redirects", permission: "redirect:manage" },
  { href: "/admin/import", label: "import", permission: "import:run" },
  { href: "/admin/export", label: "export", permission: "article:publish" },
  { href: "/admin/settings", label: "settings", permission: "setting:manage" },
  { href: "/admin/audit", label: "audit", permission: "audit:view" },
  { href: "/admin/account", label: "account", permission: "admin:access" },
];

async function navItems(actor: Actor): Promise<AdminNavItem[]> {
  const pending = can(actor, "comment:moderate") ? await countPendingComments(actor) : 0;
  return NAV.filter((item) => can(actor, item.permission)).map(({ href, label: key }) => {
    const label = t.nav.items[key];
    return href === "/admin/comments"
      ? { href, label, badge: pending, badgeLabel: t.nav.pendingBadge }
      : { href, label };
  });
}

export default async function AdminLayout({ children }: { children: ReactNode }) {
  // Each page sends an account the two-step policy holds back to its security page.
  const actor = await requireAdminPage("admin:access", { duringTwoFactorSetup: true });
  const items = await navItems(actor);
  return (
    <div className="min-h-screen md:flex">
      <a
        href="#main"
        className="focus:bg-navy sr-only focus:not-sr-only focus:absolute focus:top-2 focus:left-2 focus:z-50 focus:rounded focus:p-3 focus:text-white"
      >
        {t.nav.skipToContent}
      </a>
      <header className="bg-navy p-3 text-white md:min-h-screen md:w-60 md:shrink-0 md:p-4">
        <div className="flex items-center justify-between gap-2 md:block">
          <Link href="/admin" className="block px-3 py-2 text-lg font-bold">
            {t.nav.staffArea}
          </Link>
          <Link href="/" className="px-3 text-sm text-white/80 underline underline-offset-4">
            {t.nav.viewSite}
          </Link>
        </div>
        <nav aria-label={t.nav.staffArea} className="mt-2 md:mt-4">
          <Suspense fallback={null}>
            <AdminNav items={items} />
          </Suspense>
        </nav>
        <div className="mt-3 border-t border-white/20 px-3 pt-3 text-sm md:mt-6">
          <p className="truncate" title={actor.email}>
            {actor.name || actor.email}
          </p>
          <p className="text-white/70">{t.users.rolesShort[actor.role]}</p>
          <form action={signOutAction} className="mt-2">
            <button
              type="submit"
              className="rounded border border-white/40 px-3 py-1.5 font-semibold hover:bg-white/10"
            >
              {t.nav.signOut}
            </button>
          </form>
        </div>
      </header>
      <main id="main" tabIndex={-1} className="min-w-0 flex-1 p-4 md:p-8">
        {children}
      </main>
    </div>
  );
}
