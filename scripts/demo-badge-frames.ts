import { writeFile } from "node:fs/promises";
import path from "node:path";
import { renderDemoBadgeFrame } from "@/lib/seed/badge-art";
import { seedBadge } from "@/prisma/seed-data/badge";

// Renders the demo's badge frames into public/demo (committed; run again after changing them).
for (const frame of Object.values(seedBadge.frames)) {
  const png = await renderDemoBadgeFrame(frame.ringText, seedBadge.hashtag);
  await writeFile(path.join(process.cwd(), "public", frame.file), png);
  console.log(`${frame.file}: ${png.length} bytes`);
}
