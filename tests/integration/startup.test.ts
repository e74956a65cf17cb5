import net from "node:net";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { inject } from "vitest";
import { findFreePort } from "@/lib/runtime/processes";
import {
  type TestDatabase,
  createTestDatabase,
  databaseUrl,
  runAdminQuery,
} from "@/tests/setup/database";
import { runScript } from "@/tests/setup/run-script";

const lines = (text: string) => text.split("\n").filter((line) => line.trim() !== "");

describe("starting with a bad configuration", () => {
  it("stops with one line naming the variable when a value is invalid", async () => {
    const result = await runScript("serve.ts", ["start"], { PORT: "abc" });

    expect(result.code).toBe(1);
    expect(lines(result.stderr)).toEqual([
      'Invalid configuration: PORT: expected a port number (got "abc")',
    ]);
  });

  it("stops with one line naming host and port when the database does not answer", async () => {
    const port = await findFreePort();
    const result = await runScript("serve.ts", ["start"], {
      DATABASE_URL: `postgresql://campaign:secret@127.0.0.1:${port}/campaign`,
    });

    expect(result.code).toBe(1);
    const errors = lines(result.stderr);
    expect(errors).toHaveLength(1);
    expect(errors[0]).toMatch(
      new RegExp(
        `^Cannot reach the database at 127\\.0\\.0\\.1:${port} \\(.+\\); check DATABASE_URL\\.$`,
      ),
    );
    expect(result.stderr).not.toContain("secret");
  });

  it("stops with one line when the database's character type knows no Cyrillic letters", async () => {
    const adminUrl = inject("pgAdminUrl");
    const name = `c_ctype_${process.pid}`;
    await runAdminQuery(
      adminUrl,
      `CREATE DATABASE "${name}" TEMPLATE template0 ENCODING 'UTF8' LOCALE_PROVIDER libc LC_COLLATE 'C' LC_CTYPE 'C'`,
    );
    try {
      const result = await runScript("serve.ts", ["start"], {
        DATABASE_URL: databaseUrl(adminUrl, name),
      });
      expect(result.code).toBe(1);
      const errors = lines(result.stderr);
      expect(errors).toHaveLength(1);
      expect(errors[0]).toMatch(
        /has LC_CTYPE "C", which knows no Cyrillic letters; create it with a UTF-8 locale/,
      );
    } finally {
      await runAdminQuery(adminUrl, `DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
    }
  });
});

describe("command-line tools", () => {
  it("exit with status 1 and one line when the database does not answer", async () => {
    const port = await findFreePort();
    for (const script of ["migrate.ts", "seed.ts", "user.ts"]) {
      const result = await runScript(script, script === "user.ts" ? ["list"] : [], {
        DATABASE_URL: `postgresql://campaign:secret@127.0.0.1:${port}/campaign`,
      });
      expect(result.code, script).toBe(1);
      expect(lines(result.stderr), script).toEqual([
        expect.stringMatching(/^Cannot reach the database at 127\.0\.0\.1:\d+/),
      ]);
    }
  });
});

describe("starting when the port is taken", () => {
  let database: TestDatabase;
  let blocker: net.Server;
  let port: number;

  beforeAll(async () => {
    database = await createTestDatabase(inject("pgAdminUrl"), inject("templateDatabase"));
    port = await findFreePort();
    blocker = net.createServer();
    await new Promise<void>((resolve) => blocker.listen(port, resolve));
  });

  afterAll(async () => {
    await new Promise((resolve) => blocker.close(resolve));
    await database.drop();
  });

  it("says how to pick another port", async () => {
    const result = await runScript("serve.ts", ["start"], {
      DATABASE_URL: database.url,
      PORT: String(port),
    });

    expect(result.code).toBe(1);
    expect(lines(result.stderr)).toEqual([
      `Port ${port} is already in use; stop what uses it or pick another port, e.g. PORT=${port + 1} npm start.`,
    ]);
  });
});
