import { randomUUID } from "node:crypto";

const ID_KEY = Symbol.for("campaign.instanceId");
type IdGlobal = typeof globalThis & { [ID_KEY]?: string };

/**
 * This server process's id among the instances, with which it signs the changes it broadcasts
 * and recognises its own. One per process: instrumentation and every route bundle share it.
 */
export function getInstanceId(): string {
  const store = globalThis as IdGlobal;
  store[ID_KEY] ??= randomUUID();
  return store[ID_KEY];
}
