import { Table, Td, Th } from "@/components/admin/table";
import { staffMessages } from "@/lib/i18n/messages/staff";
import { formatImportSize } from "@/lib/i18n/messages/staff/import";
import type { ImportProblem, ImportReport } from "@/lib/import/wordpress/types";

/** Long lists are shown up to this many lines; the rest is counted. */
const LIST_LINES = 200;

const KINDS = ["posts", "pages", "comments", "media", "terms", "authors", "redirects"] as const;

function Tally({ heading, entries }: { heading: string; entries: Record<string, number> }) {
  const rows = Object.entries(entries).sort((a, b) => b[1] - a[1]);
  if (rows.length === 0) return null;
  const r = staffMessages().imports.report;
  return (
    <section className="space-y-1">
      <h3 className="font-semibold">{heading}</h3>
      <ul className="flex flex-wrap gap-x-4 gap-y-1 text-sm">
        {rows.slice(0, LIST_LINES).map(([name, count]) => (
          <li key={name}>
            <code className="break-all">{name}</code>: {count.toLocaleString("en")}
          </li>
        ))}
      </ul>
      {rows.length > LIST_LINES ? (
        <p className="text-muted text-sm">{r.more(rows.length - LIST_LINES)}</p>
      ) : null}
    </section>
  );
}

/** A list of items with what happened to each, folded away when it is long. */
function ProblemList({ heading, items }: { heading: string; items: ImportProblem[] }) {
  if (items.length === 0) return null;
  const r = staffMessages().imports.report;
  return (
    <details open={items.length <= 10} className="border-line rounded border bg-white p-3">
      <summary className="cursor-pointer font-semibold">{heading}</summary>
      <ul className="mt-2 space-y-1 text-sm">
        {items.slice(0, LIST_LINES).map((item, index) => (
          <li key={index} className="break-words">
            <span className="font-semibold">{item.item}</span>: {item.message}
          </li>
        ))}
      </ul>
      {items.length > LIST_LINES ? (
        <p className="text-muted mt-2 text-sm">{r.more(items.length - LIST_LINES)}</p>
      ) : null}
    </details>
  );
}

/** The importer's report: counts per kind, what was left out and why, and notes per item. */
export function ImportReportView({ report }: { report: ImportReport }) {
  const m = staffMessages().imports;
  const r = m.report;
  return (
    <section aria-labelledby="import-report-heading" className="space-y-4">
      <div>
        <h2 id="import-report-heading" className="text-xl font-bold">
          {r.heading(report.dryRun)}
        </h2>
        <p className="text-muted text-sm">
          {r.site(report.site, report.wxrVersion)}.{" "}
          {r.duration(
            (report.durationMs / 1000).toLocaleString("en", { maximumFractionDigits: 1 }),
            formatImportSize(report.bytes),
          )}
          .
        </p>
      </div>
      <Table caption={r.countsCaption}>
        <thead>
          <tr>
            <Th>{r.kind}</Th>
            <Th className="text-right">{r.created}</Th>
            <Th className="text-right">{r.updated}</Th>
            <Th className="text-right">{r.unchanged}</Th>
            <Th className="text-right">{r.skipped}</Th>
          </tr>
        </thead>
        <tbody>
          {KINDS.map((kind) => {
            const count = report.counts[kind];
            return (
              <tr key={kind}>
                <th scope="row" className="border-line border-b px-3 py-2 text-left font-normal">
                  {r.kinds[kind]}
                </th>
                {[count.created, count.updated, count.unchanged, count.skipped].map((value, i) => (
                  <Td key={i} className="text-right tabular-nums">
                    {value.toLocaleString("en")}
                  </Td>
                ))}
              </tr>
            );
          })}
        </tbody>
      </Table>
      {report.translationsLinked > 0 ? <p>{r.translations(report.translationsLinked)}</p> : null}
      <Tally heading={r.skippedByStatus} entries={report.skippedByStatus} />
      <Tally heading={r.otherTaxonomies} entries={report.otherTaxonomies} />
      <Tally heading={r.unknownShortcodes} entries={report.unknownShortcodes} />
      <ProblemList
        heading={r.missingMedia(report.missingMedia.length)}
        items={report.missingMedia}
      />
      <ProblemList heading={r.problems(report.problems.length)} items={report.problems} />
    </section>
  );
}
