export async function register() {
  if (process.env.NEXT_RUNTIME !== "nodejs" || process.env.NEXT_PHASE === "phase-production-build")
    return;
  const { startTicker } = await import("@/lib/runtime/ticker");
  startTicker();
}
