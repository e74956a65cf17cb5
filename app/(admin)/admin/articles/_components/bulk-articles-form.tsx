"use client";

import { ARTICLE_STATUS } from "@/lib/articles/status";
import Link from "next/link";
import { useActionState } from "react";
import { initialFormState } from "@/lib/form-state";
import { Badge } from "@/components/admin/badge";
import { SubmitButton } from "@/components/admin/button";
import { FormMessage } from "@/components/admin/form-message";
import { EmptyState, Table, Td, Th } from "@/components/admin/table";
import { bulkArticlesAction } from "@/lib/articles/actions";

type Row = {
  id: string;
  title: string;
  status: string;
  authorName: string;
  publishedAt: string | null;
  updatedAt: string;
  terms: string[];
};

const STATUS: Record<string, { label: string; tone: "neutral" | "good" | "warn" | "bad" }> =
  ARTICLE_STATUS;

/** The article table with checkboxes; trash and restore work as a plain form post too. */
export function BulkArticlesForm({
  rows,
  timeZone,
  canTrash,
  showingTrash,
}: {
  rows: Row[];
  timeZone: string;
  canTrash: boolean;
  showingTrash: boolean;
}) {
  const [state, action] = useActionState(bulkArticlesAction, initialFormState);
  const format = new Intl.DateTimeFormat("en-GB", {
    dateStyle: "medium",
    timeStyle: "short",
    timeZone,
  });
  if (rows.length === 0) return <EmptyState>Nothing matches these filters.</EmptyState>;
  return (
    <form action={action}>
      <FormMessage result={state} />
      {canTrash ? (
        <div className="my-2 flex gap-2">
          {showingTrash ? (
            <SubmitButton name="operation" value="restore" variant="secondary">
              Restore selected
            </SubmitButton>
          ) : (
            <SubmitButton name="operation" value="trash" variant="secondary">
              Move selected to trash
            </SubmitButton>
          )}
        </div>
      ) : null}
      <Table caption="Articles">
        <thead>
          <tr>
            {canTrash ? (
              <Th>
                <span className="sr-only">Select</span>
              </Th>
            ) : null}
            <Th>Title</Th>
            <Th>Status</Th>
            <Th>Author</Th>
            <Th>Terms</Th>
            <Th>Published</Th>
            <Th>Updated</Th>
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr key={row.id}>
              {canTrash ? (
                <Td>
                  <input
                    type="checkbox"
                    name="ids"
                    value={row.id}
                    aria-label={`Select "${row.title}"`}
                    className="size-4"
                  />
                </Td>
              ) : null}
              <Td>
                <Link
                  href={`/admin/articles/${row.id}`}
                  className="text-accent font-semibold underline underline-offset-4"
                >
                  {row.title}
                </Link>
              </Td>
              <Td>
                <Badge tone={STATUS[row.status]?.tone}>
                  {STATUS[row.status]?.label ?? row.status}
                </Badge>
              </Td>
              <Td>{row.authorName}</Td>
              <Td className="text-muted">{row.terms.join(", ")}</Td>
              <Td>
                {row.publishedAt ? (
                  <time dateTime={row.publishedAt}>{format.format(new Date(row.publishedAt))}</time>
                ) : (
                  "—"
                )}
              </Td>
              <Td>
                <time dateTime={row.updatedAt}>{format.format(new Date(row.updatedAt))}</time>
              </Td>
            </tr>
          ))}
        </tbody>
      </Table>
    </form>
  );
}
