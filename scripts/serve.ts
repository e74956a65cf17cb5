import { supervise } from "@/lib/runtime/supervisor";

const mode = process.argv[2];
if (mode !== "dev" && mode !== "build" && mode !== "start") {
  console.error("Usage: tsx scripts/serve.ts dev|build|start");
  process.exit(2);
}
await supervise(mode);
