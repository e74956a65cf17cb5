import { describe, expect, it } from "vitest";
import { EnvError, getSiteUrl, parseEnv } from "@/lib/env";

describe("parseEnv", () => {
  it("fills in defaults for an empty environment", () => {
    const env = parseEnv({});
    expect(env.PORT).toBe(3000);
    expect(env.DATABASE_URL).toBeUndefined();
    expect(env.DATA_DIR).toBe(".data");
    expect(env.SEED_DEMO_CONTENT).toBe(true);
    expect(getSiteUrl(env)).toBe("http://localhost:3000");
  });

  it("treats empty strings as unset, as .env files write them", () => {
    expect(parseEnv({ PORT: "", DATABASE_URL: "" }).PORT).toBe(3000);
  });

  it("names the variable, the expectation and the bad value in one line", () => {
    const attempt = () => parseEnv({ PORT: "eighty" });
    expect(attempt).toThrow(EnvError);
    expect(attempt).toThrow(
      /^Invalid configuration: PORT: expected a port number \(got "eighty"\)$/,
    );
  });

  it("rejects a port out of range and a database URL of another kind", () => {
    expect(() => parseEnv({ PORT: "70000" })).toThrow(/PORT: expected a port between 1 and 65535/);
    expect(() => parseEnv({ DATABASE_URL: "mysql://root:hunter2@localhost/db" })).toThrow(
      /^Invalid configuration: DATABASE_URL: expected a postgresql:\/\/ connection URL$/,
    );
  });

  it("lists every bad variable but never echoes a password", () => {
    let message = "";
    try {
      parseEnv({ ADMIN_EMAIL: "not-an-email", ADMIN_PASSWORD: "short" });
    } catch (error) {
      message = (error as Error).message;
    }
    expect(message).toContain('ADMIN_EMAIL: expected an email address (got "not-an-email")');
    expect(message).toContain("ADMIN_PASSWORD: expected at least 12 characters");
    expect(message).not.toContain("short");
    expect(message.split("\n")).toHaveLength(1);
  });

  it("uses SITE_URL without its trailing slash", () => {
    expect(getSiteUrl(parseEnv({ SITE_URL: "https://free-ales.example/" }))).toBe(
      "https://free-ales.example",
    );
  });
});
