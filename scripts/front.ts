/** The production front on its own (benchmarks and soak run it beside `next start`). */
import { startFront } from "@/lib/runtime/front";

const port = Number(process.env.FRONT_PORT);
const upstreamPort = Number(process.env.UPSTREAM_PORT);
if (!port || !upstreamPort) {
  console.error("Set FRONT_PORT and UPSTREAM_PORT");
  process.exit(2);
}
await startFront({
  port,
  upstreamPort,
  siteUrl: process.env.SITE_URL ?? `http://localhost:${port}`,
  trustProxy: process.env.TRUST_PROXY === "true",
});
