import { isLoopbackOrigin } from "@/lib/static-export/addresses";
import type { ExportProgress, ExportReport } from "@/lib/static-export/exporter";

const number = (value: number) => value.toLocaleString("en");

/**
 * The command line's progress: a bar redrawn in place on a terminal, and a line every tenth of
 * the way when the output goes to a file or a pipe.
 */
export function progressBar(out: NodeJS.WriteStream): (progress: ExportProgress) => void {
  let lastTenth = -1;
  return ({ fraction, stage }) => {
    const percent = Math.floor(fraction * 100);
    if (out.isTTY) {
      const width = 30;
      const done = Math.round(fraction * width);
      const columns = Math.max(20, (out.columns || 80) - width - 8);
      out.write(
        `\r[${"#".repeat(done)}${"-".repeat(width - done)}] ${String(percent).padStart(3)}% ${stage.slice(0, columns).padEnd(columns)}`,
      );
      return;
    }
    const tenth = Math.floor(fraction * 10);
    if (tenth !== lastTenth) {
      lastTenth = tenth;
      out.write(`${percent}% ${stage}\n`);
    }
  };
}

/** What an export did, in a few lines for the person who ran it. */
export function reportLines(
  report: ExportReport,
  folder: string,
  zipFile: string | null,
  formatSize: (bytes: number) => string,
): string[] {
  const lines = [
    `Exported ${number(report.files)} files (${formatSize(report.bytes)}) to ${folder} in ${(report.durationMs / 1000).toFixed(1)} s: ${number(report.written)} written, ${number(report.unchanged)} unchanged, ${number(report.removed)} removed.`,
  ];
  if (zipFile && report.zipBytes !== null) {
    lines.push(`Zip: ${zipFile} (${formatSize(report.zipBytes)}).`);
  }
  if (isLoopbackOrigin(report.siteOrigin)) {
    lines.push(
      `The site calls itself ${report.siteOrigin} (is SITE_URL set?): the mirror's notes send readers there to comment and sign. Set SITE_URL to the site's public address, restart it and export again.`,
    );
  }
  if (report.missing > 0) {
    lines.push(
      `${number(report.missing)} linked addresses answered with an error and were left out (their links go nowhere in the mirror): ${report.missingSample.join(", ")}`,
    );
  }
  return lines;
}
