"use client";

import Link from "next/link";
import type { ArticleFormState } from "@/lib/articles/actions";
import { staffMessages } from "@/lib/i18n/messages/staff";

/** After a stale save: both versions are kept; links to theirs, and a box to save over it. */
export function ConflictNotice({
  conflict,
}: {
  conflict: NonNullable<ArticleFormState["conflict"]>;
}) {
  const base = `/admin/articles/${conflict.articleId}`;
  const t = staffMessages().editor.conflict;
  return (
    <div className="border-accent rounded border-2 bg-white p-3 text-sm">
      <p className="font-semibold">{t.bothKept}</p>
      <ul className="mt-1 list-disc pl-5">
        <li>
          <Link className="text-accent underline" href={`${base}/preview`} target="_blank">
            {t.seeTheirs}
          </Link>
        </li>
        <li>
          <Link
            className="text-accent underline"
            href={`${base}/revisions/compare?to=${conflict.revisionId}`}
            target="_blank"
          >
            {t.compare}
          </Link>
        </li>
      </ul>
      <div className="mt-2 flex items-center gap-2">
        <input
          type="checkbox"
          id="overwriteWith"
          name="overwriteWith"
          value={conflict.theirUpdatedAt}
          className="size-5"
        />
        <label htmlFor="overwriteWith" className="font-semibold">
          {t.overwrite}
        </label>
      </div>
    </div>
  );
}
