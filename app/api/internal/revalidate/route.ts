import { z } from "zod";
import { applyPeerChange, recoverMissedChanges } from "@/lib/revalidate";
import { hasTickToken } from "@/lib/runtime/ticker";

export const dynamic = "force-dynamic";

const PeerChangeSchema = z.union([
  z.object({ everything: z.literal(true) }),
  z.object({
    tags: z.array(z.string().min(1).max(200)).max(500),
    searches: z.boolean().default(false),
  }),
]);

/**
 * Applies a change another instance broadcast (lib/cluster/peer-listener.ts) to this server's
 * caches, or, after its connection to them was lost (`everything`), refreshes everything it may
 * have missed. Only this server's own listener may call it.
 */
export async function POST(request: Request) {
  if (!hasTickToken(request)) return new Response("Not found", { status: 404 });
  const parsed = PeerChangeSchema.safeParse(await request.json().catch(() => null));
  if (!parsed.success) return new Response("Bad request", { status: 400 });
  if ("everything" in parsed.data) recoverMissedChanges();
  else applyPeerChange(parsed.data.tags, parsed.data.searches);
  return new Response(null, { status: 204 });
}
