import path from "node:path";
import { parseArgs } from "node:util";
import { z } from "zod";
import { formatImportSize } from "@/lib/i18n/messages/staff/import";
import { SiteUnreachableError, exportStaticSite } from "@/lib/static-export/exporter";
import { progressBar, reportLines } from "@/lib/static-export/cli-text";

const USAGE = `Usage: npm run export:static -- <folder> [--url <address>] [--zip <file> | --no-zip] [--onion <address>]
  --url     a running production server of this site (default http://127.0.0.1:$PORT, PORT 3000)
  --zip     where the zip goes (default <folder>.zip beside the folder); --no-zip makes none
  --onion   the onion site's address, for a server that sends no Onion-Location header
Writes the public site into <folder> as static files; a second export into the same folder writes
only what changed and removes what is no longer in the site.`;

const ArgsSchema = z.object({
  folder: z.string().min(1),
  url: z.url({ protocol: /^https?$/, error: "--url must be an http(s):// address" }),
  zip: z.string().min(1).nullable(),
  onion: z.url({ protocol: /^https?$/, error: "--onion must be an http(s):// address" }).optional(),
});

const PortSchema = z.coerce.number().int().min(1).max(65535).default(3000);

const { positionals, values } = parseArgs({
  allowPositionals: true,
  options: {
    url: { type: "string" },
    zip: { type: "string" },
    "no-zip": { type: "boolean" },
    onion: { type: "string" },
    help: { type: "boolean", short: "h" },
  },
});

if (values.help || positionals.length !== 1) {
  console.log(USAGE);
  process.exitCode = values.help ? 0 : 1;
} else {
  const port = PortSchema.safeParse(process.env.PORT || undefined);
  const folder = path.resolve(positionals[0]!);
  const args = ArgsSchema.safeParse({
    folder,
    url: values.url ?? `http://127.0.0.1:${port.success ? port.data : 3000}`,
    zip: values["no-zip"] ? null : path.resolve(values.zip ?? `${folder}.zip`),
    onion: values.onion,
  });
  if (!args.success) {
    console.error(args.error.issues.map((issue) => issue.message).join("; "));
    process.exitCode = 1;
  } else {
    const { url, zip, onion } = args.data;
    try {
      const report = await exportStaticSite({
        baseUrl: url,
        folder,
        zipFile: zip,
        zipRoot: path.basename(folder),
        contacts: { onionAddress: onion ?? null },
        onProgress: progressBar(process.stdout),
      });
      if (process.stdout.isTTY) process.stdout.write("\n");
      for (const line of reportLines(report, folder, zip, formatImportSize)) console.log(line);
    } catch (error) {
      if (process.stdout.isTTY) process.stdout.write("\n");
      if (error instanceof SiteUnreachableError) {
        console.error(
          `${error.message} Start the site with \`npm start\`, or pass --url with the address of a running server of this site.`,
        );
        process.exitCode = 1;
      } else throw error;
    }
  }
}
