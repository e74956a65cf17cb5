import { readFile } from "node:fs/promises";
import path from "node:path";
import type * as DMMF from "@prisma/dmmf";
import { getDMMF } from "@prisma/get-dmmf";
import pg from "pg";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { inject } from "vitest";
import { type TestDatabase, createTestDatabase } from "@/tests/setup/database";

type Dmmf = DMMF.Datamodel;

const PG_TYPES: Record<string, string> = {
  String: "text",
  Int: "integer",
  BigInt: "bigint",
  Float: "double precision",
  Boolean: "boolean",
  DateTime: "timestamp without time zone",
  Json: "jsonb",
  Decimal: "numeric",
  Bytes: "bytea",
};

const ON_DELETE: Record<string, string> = {
  Cascade: "c",
  SetNull: "n",
  Restrict: "r",
  NoAction: "a",
  SetDefault: "d",
};

let database: TestDatabase;
let client: pg.Client;
let datamodel: Dmmf;

beforeAll(async () => {
  // The template database the global setup made is a fresh database migrated by the runner.
  database = await createTestDatabase(inject("pgAdminUrl"), inject("templateDatabase"));
  client = new pg.Client({ connectionString: database.url });
  await client.connect();
  const schema = await readFile(path.join(process.cwd(), "prisma", "schema.prisma"), "utf8");
  const result = getDMMF({ datamodel: schema });
  if (!("datamodel" in result)) throw result.error;
  datamodel = result.datamodel;
});

afterAll(async () => {
  await client.end();
  await database.drop();
});

type Column = {
  table_name: string;
  column_name: string;
  data_type: string;
  udt_name: string;
  is_nullable: string;
};

async function columns(): Promise<Column[]> {
  const { rows } = await client.query<Column>(
    `SELECT table_name, column_name, data_type, udt_name, is_nullable
     FROM information_schema.columns WHERE table_schema = 'public'`,
  );
  return rows;
}

type IndexRow = {
  table: string;
  name: string;
  columns: string[];
  descending: boolean[];
  is_unique: boolean;
  is_primary: boolean;
};

async function indexes(): Promise<IndexRow[]> {
  const { rows } = await client.query<IndexRow>(`
    SELECT t.relname AS table, i.relname AS name, ix.indisunique AS is_unique, ix.indisprimary AS is_primary,
      array_agg(a.attname::text ORDER BY k.ord) AS columns,
      array_agg((ix.indoption[k.ord - 1] & 1) = 1 ORDER BY k.ord) AS descending
    FROM pg_index ix
    JOIN pg_class t ON t.oid = ix.indrelid
    JOIN pg_class i ON i.oid = ix.indexrelid
    JOIN pg_namespace n ON n.oid = t.relnamespace AND n.nspname = 'public'
    CROSS JOIN LATERAL unnest(ix.indkey) WITH ORDINALITY AS k(attnum, ord)
    JOIN pg_attribute a ON a.attrelid = t.oid AND a.attnum = k.attnum
    GROUP BY t.relname, i.relname, ix.indisunique, ix.indisprimary`);
  return rows;
}

type ForeignKey = {
  table: string;
  columns: string[];
  ref_table: string;
  ref_columns: string[];
  on_delete: string;
};

async function foreignKeys(): Promise<ForeignKey[]> {
  const { rows } = await client.query<ForeignKey>(`
    SELECT c.conrelid::regclass::text AS table, c.confrelid::regclass::text AS ref_table,
      c.confdeltype AS on_delete,
      (SELECT array_agg(a.attname::text ORDER BY k.ord) FROM unnest(c.conkey) WITH ORDINALITY k(n, ord)
        JOIN pg_attribute a ON a.attrelid = c.conrelid AND a.attnum = k.n) AS columns,
      (SELECT array_agg(a.attname::text ORDER BY k.ord) FROM unnest(c.confkey) WITH ORDINALITY k(n, ord)
        JOIN pg_attribute a ON a.attrelid = c.confrelid AND a.attnum = k.n) AS ref_columns
    FROM pg_constraint c WHERE c.contype = 'f'`);
  return rows.map((row) => ({
    ...row,
    table: unquote(row.table),
    ref_table: unquote(row.ref_table),
  }));
}

const unquote = (name: string) => name.replace(/^"|"$/g, "");

function tableOf(model: string): string {
  const found = datamodel.models.find((m) => m.name === model);
  return found?.dbName ?? model;
}

function columnOf(model: string, field: string): string {
  const found = datamodel.models
    .find((m) => m.name === model)
    ?.fields.find((f) => f.name === field);
  return found?.dbName ?? field;
}

describe("prisma/schema.prisma and prisma/migrations agree", () => {
  it("has every enum with exactly its values, in order", async () => {
    const { rows } = await client.query<{ name: string; values: string[] }>(`
      SELECT t.typname AS name, array_agg(e.enumlabel::text ORDER BY e.enumsortorder) AS values
      FROM pg_type t JOIN pg_enum e ON e.enumtypid = t.oid GROUP BY t.typname`);
    const inDatabase = Object.fromEntries(rows.map((row) => [row.name, row.values]));
    expect(datamodel.enums.length).toBeGreaterThan(0);
    for (const enumType of datamodel.enums) {
      expect(inDatabase[enumType.dbName ?? enumType.name], enumType.name).toEqual(
        enumType.values.map((value) => value.dbName ?? value.name),
      );
    }
  });

  it("has every model's table and every scalar field's column with its type and nullability", async () => {
    const all = await columns();
    const missing: string[] = [];
    const wrong: string[] = [];
    for (const model of datamodel.models) {
      const table = tableOf(model.name);
      for (const field of model.fields.filter((f) => f.kind === "scalar" || f.kind === "enum")) {
        const name = `${model.name}.${field.name}`;
        const column = all.find(
          (c) => c.table_name === table && c.column_name === (field.dbName ?? field.name),
        );
        if (!column) {
          missing.push(name);
          continue;
        }
        const expectedType =
          field.kind === "enum"
            ? { data_type: "USER-DEFINED", udt_name: field.type }
            : {
                data_type: field.isList
                  ? "ARRAY"
                  : // A calendar date (@db.Date) is a DATE column, not a timestamp.
                    field.nativeType?.[0] === "Date"
                    ? "date"
                    : PG_TYPES[field.type],
              };
        if (column.data_type !== expectedType.data_type) wrong.push(`${name}: ${column.data_type}`);
        if ("udt_name" in expectedType && column.udt_name !== expectedType.udt_name)
          wrong.push(`${name}: ${column.udt_name}`);
        if ((column.is_nullable === "NO") !== field.isRequired)
          wrong.push(`${name}: nullable=${column.is_nullable}`);
      }
    }
    expect(missing, "fields without a column").toEqual([]);
    expect(wrong, "columns that differ from the schema").toEqual([]);
  });

  it("has every primary key, unique constraint and index the schema declares", async () => {
    const all = await indexes();
    expect(datamodel.indexes.length).toBeGreaterThan(0);
    const missing: string[] = [];
    for (const index of datamodel.indexes) {
      const table = tableOf(index.model);
      const wanted = index.fields.map((f) => columnOf(index.model, f.name));
      const descending = index.fields.map((f) => f.sortOrder === "desc");
      const found = all.find(
        (row) =>
          row.table === table &&
          JSON.stringify(row.columns) === JSON.stringify(wanted) &&
          JSON.stringify(row.descending) === JSON.stringify(descending) &&
          (index.type !== "unique" || row.is_unique) &&
          (index.type !== "id" || row.is_primary),
      );
      if (!found) missing.push(`${index.type} ${index.model}(${wanted.join(", ")})`);
    }
    expect(missing).toEqual([]);
  });

  it("has a foreign key with the declared delete rule for every relation", async () => {
    const all = await foreignKeys();
    const missing: string[] = [];
    let checked = 0;
    for (const model of datamodel.models) {
      for (const field of model.fields.filter((f) => f.kind === "object")) {
        if (field.relationFromFields?.length) {
          checked += 1;
          const onDelete = field.relationOnDelete ?? (field.isRequired ? "Restrict" : "SetNull");
          const wanted = {
            table: tableOf(model.name),
            columns: field.relationFromFields.map((f) => columnOf(model.name, f)),
            ref_table: tableOf(field.type),
            ref_columns: (field.relationToFields ?? []).map((f) => columnOf(field.type, f)),
            on_delete: ON_DELETE[onDelete],
          };
          if (!all.some((fk) => JSON.stringify(fk) === JSON.stringify({ ...fk, ...wanted }))) {
            missing.push(`${model.name}.${field.name} -> ${field.type} (${onDelete})`);
          }
        } else if (field.isList && !field.relationFromFields?.length) {
          const other = datamodel.models.find((m) => m.name === field.type);
          const back = other?.fields.find(
            (f) => f.relationName === field.relationName && f !== field,
          );
          if (!back?.isList) continue;
          // An implicit many-to-many: "_Name"(A, B), A pointing at the model whose name sorts first.
          checked += 1;
          const [first, second] = [model.name, field.type].sort();
          const table = `_${field.relationName}`;
          const a = all.find((fk) => fk.table === table && fk.columns[0] === "A");
          const b = all.find((fk) => fk.table === table && fk.columns[0] === "B");
          if (
            a?.ref_table !== tableOf(first!) ||
            b?.ref_table !== tableOf(second!) ||
            a.on_delete !== "c" ||
            b.on_delete !== "c"
          ) {
            missing.push(`${table} (${first} <-> ${second})`);
          }
        }
      }
    }
    expect(checked).toBeGreaterThan(5);
    expect(missing).toEqual([]);
  });
});
