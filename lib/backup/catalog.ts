import type pg from "pg";
import { BackupError } from "@/lib/backup/manifest";

type Column = { name: string; type: string };

export type Table = {
  name: string;
  /** Stored columns in table order; generated columns are left out (PostgreSQL computes them). */
  columns: Column[];
  primaryKey: string[];
  /** Tables this one references through a foreign key, itself excluded. */
  references: string[];
};

export const MIGRATIONS_TABLE = "_prisma_migrations";

/** Makes text output exact and independent of the server's locale settings, as pg_dump does. */
export const SESSION_SETTINGS = [
  "SET TIME ZONE 'UTC'",
  "SET DateStyle = 'ISO, YMD'",
  "SET IntervalStyle = 'postgres'",
  "SET extra_float_digits = 3",
  "SET bytea_output = 'hex'",
];

export function quoteIdent(name: string): string {
  return `"${name.replaceAll('"', '""')}"`;
}

/** Every table of the public schema, read from the catalog so a table added later is never missed. */
export async function listTables(client: pg.ClientBase): Promise<Table[]> {
  const { rows: tables } = await client.query<{ oid: number; name: string }>(
    `SELECT c.oid, c.relname AS name FROM pg_class c
     JOIN pg_namespace n ON n.oid = c.relnamespace
     WHERE n.nspname = 'public' AND c.relkind IN ('r', 'p') AND NOT c.relispartition
     ORDER BY c.relname`,
  );
  const { rows: columns } = await client.query<{ table: number; name: string; type: string }>(
    `SELECT a.attrelid::int AS table, a.attname AS name, format_type(a.atttypid, a.atttypmod) AS type
     FROM pg_attribute a
     WHERE a.attrelid = ANY($1::oid[]) AND a.attnum > 0 AND NOT a.attisdropped AND a.attgenerated = ''
     ORDER BY a.attrelid, a.attnum`,
    [tables.map((table) => table.oid)],
  );
  const { rows: keys } = await client.query<{ table: number; name: string }>(
    `SELECT i.indrelid::int AS table, a.attname AS name
     FROM pg_index i
     CROSS JOIN LATERAL unnest(i.indkey) WITH ORDINALITY AS k(attnum, position)
     JOIN pg_attribute a ON a.attrelid = i.indrelid AND a.attnum = k.attnum
     WHERE i.indisprimary AND i.indrelid = ANY($1::oid[])
     ORDER BY i.indrelid, k.position`,
    [tables.map((table) => table.oid)],
  );
  const { rows: foreignKeys } = await client.query<{ table: number; target: number }>(
    `SELECT DISTINCT conrelid::int AS table, confrelid::int AS target FROM pg_constraint
     WHERE contype = 'f' AND conrelid = ANY($1::oid[])`,
    [tables.map((table) => table.oid)],
  );
  const nameOf = new Map(tables.map((table) => [table.oid, table.name]));
  return tables.map((table) => ({
    name: table.name,
    columns: columns
      .filter((column) => column.table === table.oid)
      .map(({ name, type }) => ({ name, type })),
    primaryKey: keys.filter((key) => key.table === table.oid).map((key) => key.name),
    references: foreignKeys
      .filter((key) => key.table === table.oid && key.target !== table.oid)
      .map((key) => nameOf.get(key.target))
      .filter((name): name is string => name !== undefined),
  }));
}

/**
 * Orders tables so that every table comes after the tables it references. Self-references need
 * no order here: each table is inserted by a single statement, and PostgreSQL checks a foreign
 * key at the end of the statement.
 */
export function insertionOrder(tables: Table[]): Table[] {
  const byName = new Map(tables.map((table) => [table.name, table]));
  const ordered: Table[] = [];
  const state = new Map<string, "visiting" | "done">();
  const visit = (table: Table, path: string[]) => {
    if (state.get(table.name) === "done") return;
    if (state.get(table.name) === "visiting") {
      throw new BackupError(
        `Tables reference each other in a cycle (${[...path, table.name].join(" -> ")}); the backup tool cannot order them.`,
      );
    }
    state.set(table.name, "visiting");
    for (const name of table.references) {
      const target = byName.get(name);
      if (target) visit(target, [...path, table.name]);
    }
    state.set(table.name, "done");
    ordered.push(table);
  };
  for (const table of tables) visit(table, []);
  return ordered;
}
