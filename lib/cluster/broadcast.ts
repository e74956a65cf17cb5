import "server-only";
import { getDb } from "@/lib/db";
import { getInstanceId } from "@/lib/cluster/instance-id";
import { INVALIDATION_CHANNEL } from "@/lib/cluster/listener";

// PostgreSQL refuses a NOTIFY payload of 8000 bytes or more.
const MAX_PAYLOAD = 7_000;

function payloads(tags: readonly string[], searches: boolean): string[] {
  const from = getInstanceId();
  const out: string[] = [];
  let batch: string[] = [];
  const flush = () => {
    if (batch.length > 0) out.push(JSON.stringify({ from, tags: batch, searches }));
    batch = [];
  };
  for (const tag of tags) {
    if (JSON.stringify({ from, tags: [...batch, tag], searches }).length > MAX_PAYLOAD) flush();
    batch.push(tag);
  }
  flush();
  return out;
}

/**
 * Tells every other instance on this database which cache tags a write changed, through
 * PostgreSQL's NOTIFY; each applies them to its own caches (lib/cluster/peer-listener.ts). Never
 * throws and never delays the write: an instance that missed the message (its connection was
 * down) refreshes everything when it connects again.
 */
export function broadcastChange(tags: readonly string[], searches: boolean): void {
  // One statement for every message: they arrive in order, and together.
  getDb()
    .$executeRaw`SELECT pg_notify(${INVALIDATION_CHANNEL}, payload) FROM unnest(${payloads(tags, searches)}::text[]) AS payload`.catch(
    (error: unknown) =>
      console.error(
        `[cluster] Could not tell the other instances of a change: ${(error as Error).message}`,
      ),
  );
}
