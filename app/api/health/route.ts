export const dynamic = "force-dynamic";

/**
 * For load balancers and caches in front (Varnish's probe, nginx, a CDN's health check): the
 * server is up and answering. It reads no database on purpose: while PostgreSQL is down an
 * instance still serves the pages it has cached, and a front that saw every instance as sick
 * would stop asking them for those.
 */
export function GET() {
  return new Response("ok\n", {
    headers: { "content-type": "text/plain; charset=utf-8", "cache-control": "no-store" },
  });
}
