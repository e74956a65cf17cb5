"use client";

import Link from "next/link";
import { useActionState } from "react";
import { initialFormState } from "@/lib/form-state";
import { Badge } from "@/components/admin/badge";
import { SubmitButton } from "@/components/admin/button";
import { FormMessage } from "@/components/admin/form-message";
import { EmptyState, Table, Td, Th } from "@/components/admin/table";
import { bulkArticlesAction } from "@/lib/articles/actions";
import { ARTICLE_STATUS_TONE } from "@/lib/articles/status";
import type { ArticleStatus } from "@/lib/generated/prisma/enums";
import { staffMessages } from "@/lib/i18n/messages/staff";

type Row = {
  id: string;
  title: string;
  status: string;
  isPrivate: boolean;
  authorName: string;
  publishedAt: string | null;
  updatedAt: string;
  terms: string[];
};

function isStatus(status: string): status is ArticleStatus {
  return Object.hasOwn(ARTICLE_STATUS_TONE, status);
}

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
  const t = staffMessages();
  const format = new Intl.DateTimeFormat(t.common.intl, {
    dateStyle: "medium",
    timeStyle: "short",
    timeZone,
  });
  if (rows.length === 0) return <EmptyState>{t.articles.nothingMatches}</EmptyState>;
  return (
    <form action={action}>
      <FormMessage result={state} />
      {canTrash ? (
        <div className="my-2 flex gap-2">
          {showingTrash ? (
            <SubmitButton name="operation" value="restore" variant="secondary">
              {t.articles.restoreSelected}
            </SubmitButton>
          ) : (
            <SubmitButton name="operation" value="trash" variant="secondary">
              {t.articles.trashSelected}
            </SubmitButton>
          )}
        </div>
      ) : null}
      <Table caption={t.articles.caption}>
        <thead>
          <tr>
            {canTrash ? (
              <Th>
                <span className="sr-only">{t.articles.select}</span>
              </Th>
            ) : null}
            <Th>{t.common.title}</Th>
            <Th>{t.articles.status}</Th>
            <Th>{t.articles.author}</Th>
            <Th>{t.articles.terms}</Th>
            <Th>{t.articles.published}</Th>
            <Th>{t.articles.updated}</Th>
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
                    aria-label={t.articles.selectRow(row.title)}
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
                {isStatus(row.status) ? (
                  <Badge tone={ARTICLE_STATUS_TONE[row.status]}>
                    {t.articleStatus[row.status].label}
                  </Badge>
                ) : (
                  <Badge>{row.status}</Badge>
                )}
                {row.isPrivate ? (
                  <span className="ml-1" title={t.articles.privateHint}>
                    <Badge>{t.articles.privateBadge}</Badge>
                  </span>
                ) : null}
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
