import { z } from "zod";

const port = (fallback: number) =>
  z.coerce
    .number({ error: "expected a port number" })
    .int("expected a whole port number")
    .min(1, "expected a port between 1 and 65535")
    .max(65535, "expected a port between 1 and 65535")
    .default(fallback);

const EnvSchema = z
  .object({
    NODE_ENV: z.enum(["development", "production", "test"]).default("development"),
    DATABASE_URL: z
      .url({ protocol: /^postgres(ql)?$/, error: "expected a postgresql:// connection URL" })
      .optional(),
    PORT: port(3000),
    SITE_URL: z.url({ protocol: /^https?$/, error: "expected an http(s):// URL" }).optional(),
    DATA_DIR: z.string().min(1).default(".data"),
    EMBEDDED_PG_PORT: port(54329),
    ADMIN_EMAIL: z.email({ error: "expected an email address" }).optional(),
    ADMIN_PASSWORD: z.string().min(12, "expected at least 12 characters").optional(),
    AUTH_SECRET: z.string().min(32, "expected at least 32 characters").optional(),
    SMTP_URL: z
      .url({ protocol: /^smtps?$/, error: "expected an smtp:// or smtps:// URL" })
      .optional(),
    SMTP_FROM: z.string().min(3).optional(),
    MEDIA_DIR: z.string().min(1).optional(),
    MEDIA_MAX_BYTES: z.coerce
      .number({ error: "expected a number of bytes" })
      .int("expected a whole number of bytes")
      .min(1024, "expected at least 1024 bytes")
      .default(10 * 1024 * 1024),
    TRUST_PROXY: z
      .enum(["true", "false"], { error: "expected true or false" })
      .default("false")
      .transform((value) => value === "true"),
    /** Where Next.js builds and serves from (the test suites build into folders of their own). */
    NEXT_DIST_DIR: z.string().min(1).default(".next"),
    /** How often the server publishes scheduled articles and clears expired data. */
    TICK_INTERVAL_MS: z.coerce
      .number({ error: "expected a number of milliseconds" })
      .int("expected a whole number of milliseconds")
      .min(100, "expected at least 100 milliseconds")
      .default(30_000),
    /** Set by `npm start` for the Next.js process it runs, so both can call the tick route. */
    TICK_TOKEN: z.string().min(32, "expected at least 32 characters").optional(),
    /** A comment form sent sooner than this after it was shown was filled in by a program. */
    COMMENT_TOKEN_MIN_AGE_MS: z.coerce
      .number({ error: "expected a number of milliseconds" })
      .int("expected a whole number of milliseconds")
      .min(0, "expected 0 or more milliseconds")
      .default(3_000),
    /** How long the front serves a cached public page from memory before asking Next.js again. */
    MICROCACHE_MS: z.coerce
      .number({ error: "expected a number of milliseconds" })
      .int("expected a whole number of milliseconds")
      .min(0, "expected 0 or more milliseconds")
      .max(60_000, "expected at most 60000 milliseconds")
      .default(2_000),
    /**
     * The max-age shared caches (a CDN, Varnish) may keep a public page: short by default, since
     * without a purger nothing tells them of a change.
     */
    SHARED_CACHE_MAX_AGE: z.coerce
      .number({ error: "expected a number of seconds" })
      .int("expected a whole number of seconds")
      .min(1, "expected at least 1 second")
      .max(31_536_000, "expected at most a year in seconds")
      .default(60),
    /** What is told of every public change: nothing (the default), Varnish, Cloudflare or Fastly. */
    CACHE_PURGER: z
      .enum(["none", "varnish", "cloudflare", "fastly"], {
        error: "expected none, varnish, cloudflare or fastly",
      })
      .default("none"),
    /** Every Varnish server to purge, comma-separated (http://varnish-1:6081,http://varnish-2:6081). */
    VARNISH_URLS: z
      .string()
      .transform((value) =>
        value
          .split(",")
          .map((url) => url.trim())
          .filter(Boolean),
      )
      .pipe(
        z.array(
          z.url({ protocol: /^https?$/, error: "expected http(s):// URLs, comma-separated" }),
        ),
      )
      .optional(),
    /** xkey (Debian's varnish-modules, deploy/varnish/campaign.vcl) or ban (stock Varnish). */
    VARNISH_PURGE_MODE: z.enum(["xkey", "ban"], { error: "expected xkey or ban" }).default("xkey"),
    CLOUDFLARE_ZONE_ID: z.string().min(1).optional(),
    CLOUDFLARE_API_TOKEN: z.string().min(1).optional(),
    /** Cloudflare's API address; another only for a proxy in between, or a test. */
    CLOUDFLARE_API_URL: z
      .url({ protocol: /^https?$/, error: "expected an http(s):// URL" })
      .default("https://api.cloudflare.com/client/v4"),
    FASTLY_SERVICE_ID: z.string().min(1).optional(),
    FASTLY_API_TOKEN: z.string().min(1).optional(),
    /** Fastly's API address; another only for a proxy in between, or a test. */
    FASTLY_API_URL: z
      .url({ protocol: /^https?$/, error: "expected an http(s):// URL" })
      .default("https://api.fastly.com"),
    /** Where uploaded files live: this machine's disk (MEDIA_DIR), or an S3-compatible bucket. */
    MEDIA_STORAGE: z.enum(["local", "s3"], { error: "expected local or s3" }).default("local"),
    S3_BUCKET: z.string().min(3, "expected a bucket name").optional(),
    S3_REGION: z.string().min(1).default("us-east-1"),
    /** For S3-compatible services other than AWS (MinIO, Garage, Ceph, R2…): their address. */
    S3_ENDPOINT: z.url({ protocol: /^https?$/, error: "expected an http(s):// URL" }).optional(),
    S3_ACCESS_KEY_ID: z.string().min(1).optional(),
    S3_SECRET_ACCESS_KEY: z.string().min(1).optional(),
    /** Bucket in the path (http://host/bucket/key) rather than the host name: most non-AWS stores. */
    S3_FORCE_PATH_STYLE: z
      .enum(["true", "false"], { error: "expected true or false" })
      .default("false")
      .transform((value) => value === "true"),
    /** A folder inside the bucket for this site's files ("campaign/"), so sites can share one. */
    S3_PREFIX: z
      .string()
      .regex(/^(?:[A-Za-z0-9][A-Za-z0-9_.-]*\/)*$/, 'expected folder names ending in "/"')
      .default(""),
    SEED_DEMO_CONTENT: z
      .enum(["true", "false"], { error: "expected true or false" })
      .default("true")
      .transform((value) => value === "true"),
  })
  .superRefine((env, context) => {
    const need = (when: string, names: (keyof typeof env)[]) => {
      for (const name of names) {
        if (env[name] === undefined)
          context.addIssue({ code: "custom", path: [name], message: `required when ${when}` });
      }
    };
    if (env.CACHE_PURGER === "varnish") need("CACHE_PURGER=varnish", ["VARNISH_URLS"]);
    if (env.CACHE_PURGER === "cloudflare")
      need("CACHE_PURGER=cloudflare", ["CLOUDFLARE_ZONE_ID", "CLOUDFLARE_API_TOKEN"]);
    if (env.CACHE_PURGER === "fastly")
      need("CACHE_PURGER=fastly", ["FASTLY_SERVICE_ID", "FASTLY_API_TOKEN"]);
    if (env.MEDIA_STORAGE === "s3") need("MEDIA_STORAGE=s3", ["S3_BUCKET"]);
  });

export type Env = z.infer<typeof EnvSchema>;

/** A configuration mistake, reported as one line naming the variable. */
export class EnvError extends Error {
  override name = "EnvError";
}

/** Parses the given variables (process.env by default); empty strings count as unset. */
export function parseEnv(source: Record<string, string | undefined> = process.env): Env {
  const cleaned = Object.fromEntries(
    Object.entries(source).filter(([, value]) => value !== undefined && value !== ""),
  );
  const result = EnvSchema.safeParse(cleaned);
  if (result.success) return result.data;
  const problems = result.error.issues.map((issue) => {
    const name = issue.path.join(".");
    const value = cleaned[name];
    // URLs can carry passwords: never echo them, nor passwords and secrets.
    const shown =
      value === undefined || /PASSWORD|SECRET|TOKEN|URL/.test(name) ? "" : ` (got "${value}")`;
    return `${name}: ${issue.message}${shown}`;
  });
  throw new EnvError(`Invalid configuration: ${problems.join("; ")}`);
}

let cached: Env | undefined;

/**
 * DATABASE_URL as it is now, unparsed and uncached: `npm start` sets it for Next.js, and tests
 * set it per file after modules are loaded.
 */
export function currentDatabaseUrl(): string | undefined {
  return process.env.DATABASE_URL || undefined;
}

/** A flag given to `npm run` (`npm run restore -- --force` or `npm run restore --force`). */
export function npmFlag(name: string): boolean {
  return process.env[`npm_config_${name}`] === "true";
}

/**
 * The host Next.js listens on behind the front (`npm start` binds it to 127.0.0.1), or undefined
 * when it listens on its default (`next dev`). The proxy's rewrites must name this host: Next.js
 * gives the proxy "localhost" and treats a rewrite to another host than its own as external.
 */
export function internalHostname(): string | undefined {
  return process.env.CAMPAIGN_NEXT_HOSTNAME || undefined;
}

/** True inside a Next.js server or build (where its caches exist), false in scripts and tests. */
export function isInsideNextServer(): boolean {
  return process.env.NEXT_RUNTIME === "nodejs" || process.env.NEXT_RUNTIME === "edge";
}

/** The environment a child process inherits, plus `extra` (a copy: nothing here is changed). */
export function childEnvironment(extra: Record<string, string>): NodeJS.ProcessEnv {
  return { ...process.env, ...extra };
}

export function getEnv(): Env {
  cached ??= parseEnv();
  return cached;
}

/** The public origin of the site, without a trailing slash. */
export function getSiteUrl(env: Env = getEnv()): string {
  return (env.SITE_URL ?? `http://localhost:${env.PORT}`).replace(/\/+$/, "");
}
