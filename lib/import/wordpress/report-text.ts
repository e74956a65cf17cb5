import type { ImportCount, ImportReport } from "@/lib/import/wordpress/types";

const LIST_LINES = 50;
const number = (value: number) => value.toLocaleString("en");

const ROWS: [keyof ImportReport["counts"], string][] = [
  ["posts", "Posts"],
  ["pages", "Pages"],
  ["comments", "Comments"],
  ["media", "Images"],
  ["terms", "Terms"],
  ["authors", "Authors"],
  ["redirects", "Redirects"],
];

const pairs = (map: Record<string, number>) =>
  Object.entries(map)
    .sort((a, b) => b[1] - a[1])
    .map(([key, count]) => `${key} ${number(count)}`)
    .join(", ");

/** The report as the command line prints it. */
export function reportLines(report: ImportReport): string[] {
  const verb = report.dryRun ? "Would import" : "Imported";
  const lines = [
    `${verb} from ${report.site} (WXR ${report.wxrVersion}), ${number(Math.round(report.bytes / 1024))} KB in ${(report.durationMs / 1000).toFixed(1)} s`,
    "",
    `${"".padEnd(11)}${["created", "updated", "unchanged", "skipped"].map((h) => h.padStart(10)).join("")}`,
  ];
  for (const [key, label] of ROWS) {
    const count: ImportCount = report.counts[key];
    const cells = [count.created, count.updated, count.unchanged, count.skipped];
    lines.push(`${label.padEnd(11)}${cells.map((cell) => number(cell).padStart(10)).join("")}`);
  }
  lines.push("");
  if (Object.keys(report.skippedByStatus).length)
    lines.push(`Not imported: ${pairs(report.skippedByStatus)}`);
  if (Object.keys(report.otherTaxonomies).length) {
    lines.push(`Taxonomies with no place here (terms): ${pairs(report.otherTaxonomies)}`);
  }
  if (Object.keys(report.unknownShortcodes).length) {
    lines.push(`Shortcodes left as text: ${pairs(report.unknownShortcodes)}`);
  }
  if (report.translationsLinked)
    lines.push(`Translation groups linked: ${number(report.translationsLinked)}`);
  for (const [title, list] of [
    ["Images not found", report.missingMedia],
    ["Notes", report.problems],
  ] as const) {
    if (!list.length) continue;
    lines.push("", `${title} (${number(list.length)}):`);
    for (const entry of list.slice(0, LIST_LINES)) lines.push(`  ${entry.item}: ${entry.message}`);
    if (list.length > LIST_LINES) lines.push(`  … and ${number(list.length - LIST_LINES)} more`);
  }
  return lines;
}
