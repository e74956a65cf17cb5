import Link from "next/link";
import { staffMessages } from "@/lib/i18n/messages/staff";

/** Shown with status 403 when a signed-in staff member opens a page their role may not use. */
export default function AdminForbidden() {
  const t = staffMessages().problems.forbidden;
  return (
    <div className="max-w-xl">
      <p className="text-accent text-sm font-semibold tracking-widest uppercase">403</p>
      <h1 className="mt-1 text-2xl font-bold">{t.title}</h1>
      <p className="text-muted mt-3">{t.body}</p>
      <p className="mt-6">
        <Link href="/admin" className="text-accent font-semibold underline underline-offset-4">
          {t.back}
        </Link>
      </p>
    </div>
  );
}
