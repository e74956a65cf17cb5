import pg from "pg";

/** The PostgreSQL channel on which instances tell each other which cache tags changed. */
export const INVALIDATION_CHANNEL = "campaign_cache";

/** What one instance tells the others: the tags it revalidated, and whether searches changed. */
export type PeerChange = { from: string; tags: string[]; searches: boolean };

function parsePeerChange(payload: string | undefined): PeerChange | null {
  try {
    const value = JSON.parse(payload ?? "") as Partial<PeerChange>;
    if (typeof value.from !== "string" || !Array.isArray(value.tags)) return null;
    const tags = value.tags.filter((tag): tag is string => typeof tag === "string");
    return { from: value.from, tags, searches: value.searches === true };
  } catch {
    return null;
  }
}

export type ListenerOptions = {
  databaseUrl: string;
  /** This instance's id: its own messages are not applied twice. */
  self: string;
  onChange: (change: PeerChange) => void;
  /**
   * After the connection was lost and made again: a change sent meanwhile was not heard, so the
   * instance must treat everything as changed.
   */
  onReconnected: () => void;
  log: (line: string) => void;
};

export type Listener = { stop: () => Promise<void>; isConnected: () => boolean };

/**
 * Listens on INVALIDATION_CHANNEL on a connection of its own, and connects again, for as long as
 * it takes, whenever PostgreSQL goes away (a restart, a failover, a network cut): waits of 0.25 s
 * doubling to 1 s, so an instance hears the others again within a second of PostgreSQL's return
 * (a refused connection costs next to nothing). PostgreSQL delivers a NOTIFY to every listening session when the writing
 * transaction commits, so a write on any instance reaches every other one within milliseconds.
 */
export function startInvalidationListener(options: ListenerOptions): Listener {
  let client: pg.Client | null = null;
  let stopped = false;
  let connected = false;
  let wasConnected = false;
  let delay = 250;
  let timer: NodeJS.Timeout | undefined;

  const retry = () => {
    if (stopped || timer) return;
    timer = setTimeout(() => {
      timer = undefined;
      void connect();
    }, delay);
    timer.unref();
    delay = Math.min(delay * 2, 1_000);
  };

  const lost = (current: pg.Client, reason: string) => {
    if (client !== current) return;
    client = null;
    if (connected)
      options.log(
        `Lost the database connection that hears other instances (${reason}); connecting again…`,
      );
    connected = false;
    current.end().catch(() => undefined);
    retry();
  };

  const connect = async () => {
    const current = new pg.Client({ connectionString: options.databaseUrl, keepAlive: true });
    client = current;
    current.on("error", (error) => lost(current, error.message));
    current.on("end", () => lost(current, "closed"));
    current.on("notification", (message) => {
      if (message.channel !== INVALIDATION_CHANNEL) return;
      const change = parsePeerChange(message.payload);
      if (change && change.from !== options.self) options.onChange(change);
    });
    try {
      await current.connect();
      await current.query(`LISTEN ${INVALIDATION_CHANNEL}`);
    } catch (error) {
      lost(current, (error as Error).message);
      return;
    }
    if (stopped || client !== current) return void current.end().catch(() => undefined);
    connected = true;
    delay = 250;
    if (wasConnected) {
      options.log("Hearing other instances again; every cached page is refreshed.");
      options.onReconnected();
    }
    wasConnected = true;
  };

  void connect();
  return {
    isConnected: () => connected,
    stop: async () => {
      stopped = true;
      clearTimeout(timer);
      const current = client;
      client = null;
      await current?.end().catch(() => undefined);
    },
  };
}
