import pg from "pg";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { LOCK_BUSY, withAdvisoryLock } from "@/lib/cluster/advisory-lock";
import { broadcastChange } from "@/lib/cluster/broadcast";
import { getInstanceId } from "@/lib/cluster/instance-id";
import { SharedSecretError, registerInstance } from "@/lib/cluster/instances";
import { type PeerChange, startInvalidationListener } from "@/lib/cluster/listener";
import { type TestDatabase, createTestDatabase } from "@/tests/setup/database";

let database: TestDatabase;
const SECRET = "a shared secret of at least thirty-two characters";

beforeAll(async () => {
  database = await createTestDatabase(inject("pgAdminUrl"), inject("templateDatabase"));
  process.env.DATABASE_URL = database.url;
});

afterAll(async () => {
  await database.drop();
});

/** Resolves with what `predicate` returns once it is truthy, polling every 20 ms for `ms`. */
async function eventually<T>(predicate: () => T, ms = 3_000): Promise<NonNullable<T>> {
  const deadline = Date.now() + ms;
  for (;;) {
    const value = predicate();
    if (value) return value;
    if (Date.now() > deadline) throw new Error("timed out");
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}

describe("changes between instances (LISTEN/NOTIFY)", () => {
  it("reaches another instance within a moment, and is not applied twice by its sender", async () => {
    const heardByOther: PeerChange[] = [];
    const heardBySelf: PeerChange[] = [];
    const log = () => undefined;
    const other = startInvalidationListener({
      databaseUrl: database.url,
      self: "another-instance",
      onChange: (change) => heardByOther.push(change),
      onReconnected: () => undefined,
      log,
    });
    const self = startInvalidationListener({
      databaseUrl: database.url,
      self: getInstanceId(),
      onChange: (change) => heardBySelf.push(change),
      onReconnected: () => undefined,
      log,
    });
    try {
      await eventually(() => other.isConnected() && self.isConnected());
      const sent = Date.now();
      broadcastChange(["article:abc", "articles"], true);
      const [change] = await eventually(() => (heardByOther.length > 0 ? heardByOther : null));
      console.log(`A change reached the other instance in ${Date.now() - sent} ms`);
      expect(change).toEqual({
        from: getInstanceId(),
        tags: ["article:abc", "articles"],
        searches: true,
      });
      await new Promise((resolve) => setTimeout(resolve, 200));
      expect(heardBySelf).toEqual([]);

      // More tags than one NOTIFY may carry arrive all the same, in several messages.
      const many = Array.from({ length: 400 }, (_, i) => `article:${"x".repeat(30)}${i}`);
      broadcastChange(many, false);
      await eventually(() => heardByOther.flatMap((c) => c.tags).length >= 2 + many.length);
      expect(heardByOther.slice(1).flatMap((c) => c.tags)).toEqual(many);
    } finally {
      await Promise.all([other.stop(), self.stop()]);
    }
  });

  it("connects again after its connection is cut, refreshes everything, and hears later changes", async () => {
    const heard: PeerChange[] = [];
    let reconnections = 0;
    const listener = startInvalidationListener({
      databaseUrl: database.url,
      self: "listening-instance",
      onChange: (change) => heard.push(change),
      onReconnected: () => reconnections++,
      log: () => undefined,
    });
    const admin = new pg.Client({ connectionString: database.url });
    await admin.connect();
    try {
      await eventually(() => listener.isConnected());
      // What a PostgreSQL restart or a failover does to every session.
      await admin.query(
        `SELECT pg_terminate_backend(pid) FROM pg_stat_activity
         WHERE datname = current_database() AND query ILIKE 'LISTEN%'`,
      );
      await eventually(() => reconnections === 1, 10_000);
      expect(listener.isConnected()).toBe(true);
      broadcastChange(["people"], false);
      await eventually(() => heard.some((change) => change.tags.includes("people")));
    } finally {
      await admin.end();
      await listener.stop();
    }
  });
});

describe("a second instance on the same database", () => {
  it("is let in with the same AUTH_SECRET and refused, in one line, without it or with another", async () => {
    const first = await registerInstance(database.url, { label: "web-1:3000", authSecret: SECRET });
    try {
      const second = await registerInstance(database.url, {
        label: "web-2:3000",
        authSecret: SECRET,
      });
      await second.stop();
      await expect(
        registerInstance(database.url, { label: "web-2:3000", authSecret: undefined }),
      ).rejects.toThrow(
        new SharedSecretError(
          "AUTH_SECRET is not set, but another instance (web-1:3000) serves this database: set the same AUTH_SECRET (at least 32 characters) on every instance.",
        ),
      );
      await expect(
        registerInstance(database.url, {
          label: "web-2:3000",
          authSecret: "another secret of at least thirty-two characters",
        }),
      ).rejects.toThrow(/^AUTH_SECRET differs from that of another instance \(web-1:3000\)/);
    } finally {
      await first.stop();
    }
  });

  it("lets an instance start alone without AUTH_SECRET, and again after it was killed", async () => {
    const alone = await registerInstance(database.url, {
      label: "solo:3000",
      authSecret: undefined,
    });
    // Killed: its row stays, with a fresh heartbeat. The same address starting again is itself.
    const again = await registerInstance(database.url, {
      label: "solo:3000",
      authSecret: undefined,
    });
    await again.stop();
    await alone.stop();
    // An instance that stopped cleanly is gone: the next one may differ in every way.
    const other = await registerInstance(database.url, {
      label: "web-9:3000",
      authSecret: SECRET,
    });
    await other.stop();
  });

  it("does not count an instance whose heartbeat stopped long ago", async () => {
    const gone = await registerInstance(database.url, { label: "old:3000", authSecret: undefined });
    await database.db.serverInstance.update({
      where: { id: gone.id },
      data: { heartbeatAt: new Date(Date.now() - 60_000) },
    });
    const next = await registerInstance(database.url, { label: "new:3000", authSecret: SECRET });
    await next.stop();
    await gone.stop();
  });
});

describe("scheduled work", () => {
  it("runs in one process at a time: another asking meanwhile is told the lock is busy", async () => {
    let inside = 0;
    let most = 0;
    const work = async () => {
      inside++;
      most = Math.max(most, inside);
      await new Promise((resolve) => setTimeout(resolve, 300));
      inside--;
      return "done";
    };
    const results = await Promise.all([
      withAdvisoryLock(database.url, 42n, work),
      withAdvisoryLock(database.url, 42n, work),
    ]);
    expect(most).toBe(1);
    expect(results.filter((result) => result === LOCK_BUSY)).toHaveLength(1);
    expect(results).toContain("done");
    expect(await withAdvisoryLock(database.url, 42n, work)).toBe("done");
  });
});
