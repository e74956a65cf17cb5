export async function register() {
  if (process.env.NEXT_RUNTIME !== "nodejs" || process.env.NEXT_PHASE === "phase-production-build")
    return;
  const { exitWithSupervisor } = await import("@/lib/runtime/public-change");
  exitWithSupervisor();
  const { startTicker } = await import("@/lib/runtime/ticker");
  startTicker();
  // Changes made through other instances on the same database reach this one's caches.
  const { startPeerListener } = await import("@/lib/cluster/peer-listener");
  startPeerListener();
}
