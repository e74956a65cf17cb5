"use client";

import Link from "next/link";
import { useActionState } from "react";
import { Badge } from "@/components/admin/badge";
import { SubmitButton } from "@/components/admin/button";
import { FormMessage } from "@/components/admin/form-message";
import { EmptyState, Table, Td, Th } from "@/components/admin/table";
import { initialFormState } from "@/lib/form-state";
import { staffMessages } from "@/lib/i18n/messages/staff";
import { deleteRedirectsAction } from "@/lib/redirects/actions";

export type RedirectListRow = {
  id: string;
  fromPath: string;
  source: "IMPORT" | "STAFF";
  hits: number;
  lastHitAt: string | null;
  /** What the target is, in words ("Article “…”"), or null for a plain path. */
  targetLabel: string | null;
  targetPath: string;
  /** The path as a person reads it (percent-encoding decoded). */
  targetText: string;
  isTargetPublic: boolean;
};

/** The list with a checkbox per row; deleting the selected works as a plain form post too. */
export function RedirectList({
  rows,
  timeZone,
  isSearch,
}: {
  rows: RedirectListRow[];
  timeZone: string;
  isSearch: boolean;
}) {
  const [state, action] = useActionState(deleteRedirectsAction, initialFormState);
  const t = staffMessages();
  const r = t.redirects;
  const format = new Intl.DateTimeFormat(t.common.intl, {
    dateStyle: "medium",
    timeStyle: "short",
    timeZone,
  });
  if (rows.length === 0) {
    return (
      <>
        <FormMessage result={state} />
        <EmptyState>{isSearch ? r.nothingMatches : r.none}</EmptyState>
      </>
    );
  }
  return (
    <form
      action={action}
      onSubmit={(event) => {
        if (!window.confirm(r.confirmDeleteSelected)) event.preventDefault();
      }}
    >
      <FormMessage result={state} />
      <div className="my-2">
        <SubmitButton variant="secondary" pendingLabel={t.common.deleting}>
          {r.deleteSelected}
        </SubmitButton>
      </div>
      <Table caption={r.caption}>
        <thead>
          <tr>
            <Th>
              <span className="sr-only">{r.select}</span>
            </Th>
            <Th>{r.fromPath}</Th>
            <Th>{r.leadsTo}</Th>
            <Th>{r.source}</Th>
            <Th className="text-right">{r.hits}</Th>
            <Th>{r.lastHit}</Th>
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr key={row.id}>
              <Td>
                <input
                  type="checkbox"
                  name="ids"
                  value={row.id}
                  aria-label={r.selectRow(row.fromPath)}
                  className="size-4"
                />
              </Td>
              <Td className="max-w-xs break-all">
                <Link
                  href={`/admin/redirects/${row.id}`}
                  className="text-accent font-mono text-xs font-semibold underline underline-offset-4"
                >
                  {row.fromPath}
                </Link>
              </Td>
              <Td className="max-w-xs">
                {row.targetLabel ? <span className="block">{row.targetLabel}</span> : null}
                <a href={row.targetPath} className="font-mono text-xs break-all underline">
                  {row.targetText}
                </a>
                {row.isTargetPublic ? null : (
                  <span className="mt-1 block">
                    <Badge tone="warn">{r.notPublished}</Badge>
                  </span>
                )}
              </Td>
              <Td>
                <Badge tone={row.source === "IMPORT" ? "neutral" : "good"}>
                  {r.sources[row.source]}
                </Badge>
              </Td>
              <Td className="text-right tabular-nums">{row.hits.toLocaleString(t.common.intl)}</Td>
              <Td>
                {row.lastHitAt ? (
                  <time dateTime={row.lastHitAt}>{format.format(new Date(row.lastHitAt))}</time>
                ) : (
                  <span className="text-muted">{r.never}</span>
                )}
              </Td>
            </tr>
          ))}
        </tbody>
      </Table>
    </form>
  );
}
