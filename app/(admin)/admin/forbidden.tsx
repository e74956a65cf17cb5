import Link from "next/link";

/** Shown with status 403 when a signed-in staff member opens a page their role may not use. */
export default function AdminForbidden() {
  return (
    <div className="max-w-xl">
      <p className="text-accent text-sm font-semibold tracking-widest uppercase">403</p>
      <h1 className="mt-1 text-2xl font-bold">You do not have access to this page</h1>
      <p className="text-muted mt-3">
        Your role does not include this part of the staff area. If you need it, ask an
        administrator.
      </p>
      <p className="mt-6">
        <Link href="/admin" className="text-accent font-semibold underline underline-offset-4">
          Back to the dashboard
        </Link>
      </p>
    </div>
  );
}
