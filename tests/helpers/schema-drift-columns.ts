import type { DbSchema } from "./db-introspect";
import { argument, type Expr, type PrismaField, type PrismaModel, type PrismaSchema } from "./prisma-schema";

// Column half of the schema-drift check: the PostgreSQL type, nullability and default
// Prisma Migrate would create for each field, compared with what the migrations created.

function columnFields(model: PrismaModel): PrismaField[] {
  return model.fields.filter((f) => f.kind !== "relation");
}

export function compareColumns(schema: PrismaSchema, model: PrismaModel, db: DbSchema): string[] {
  const problems: string[] = [];
  const columns = new Map(db.columns.filter((c) => c.table === model.tableName).map((c) => [c.name, c]));
  for (const field of columnFields(model)) {
    const where = `${model.tableName}.${field.columnName}`;
    const type = expectedType(schema, field);
    const column = columns.get(field.columnName);
    if (!column) {
      problems.push(`${where}: missing column (expected ${type}${field.optional ? "" : " NOT NULL"})`);
      continue;
    }
    if (column.type !== type) problems.push(`${where}: type is ${column.type}, expected ${type}`);
    // Prisma's scalar lists cannot be optional, and Migrate has created them both ways.
    if (!field.list && column.notNull === field.optional) {
      problems.push(
        `${where}: ${column.notNull ? "NOT NULL" : "nullable"}, expected ${field.optional ? "nullable" : "NOT NULL"}`,
      );
    }
    // A generated column's "default" is its generation expression, which Prisma cannot describe.
    if (!column.generated) {
      const problem = compareDefault(expectedDefault(schema, field), column.defaultExpr, column.identity);
      if (problem) problems.push(`${where}: ${problem}`);
    }
  }
  const fieldColumns = new Set(columnFields(model).map((f) => f.columnName));
  for (const name of columns.keys()) {
    if (!fieldColumns.has(name)) problems.push(`${model.tableName}.${name}: column is not in schema.prisma`);
  }
  return problems;
}

const SCALAR_TYPES: Record<string, string> = {
  String: "text",
  Boolean: "boolean",
  Int: "integer",
  BigInt: "bigint",
  Float: "double precision",
  Decimal: "numeric(65,30)",
  DateTime: "timestamp(3) without time zone",
  Json: "jsonb",
  Bytes: "bytea",
};

function expectedType(schema: PrismaSchema, field: PrismaField): string {
  const suffix = field.list ? "[]" : "";
  if (field.kind === "enum") {
    const prismaEnum = schema.enums.find((e) => e.name === field.type);
    return `enum:${prismaEnum?.dbName ?? field.type}${suffix}`;
  }
  if (field.kind === "unsupported") return `${field.unsupportedType ?? "?"}${suffix}`;
  const native = field.attributes.find((a) => a.name.startsWith("db."));
  if (native)
    return (
      nativeType(
        native.name.slice(3),
        native.args.map((a) => a.value),
      ) + suffix
    );
  const type = SCALAR_TYPES[field.type];
  if (!type) throw new Error(`schema-drift: unknown scalar type ${field.type} on field ${field.name}`);
  return type + suffix;
}

function nativeType(name: string, args: Expr[]): string {
  const n = args.map((a) => (a.kind === "number" ? String(a.value) : "")).filter(Boolean);
  const params = n.length ? `(${n.join(",")})` : "";
  const precision = n.length ? `(${n[0]})` : "(6)";
  const simple: Record<string, string> = {
    Text: "text",
    Uuid: "uuid",
    Date: "date",
    SmallInt: "smallint",
    Integer: "integer",
    BigInt: "bigint",
    Real: "real",
    DoublePrecision: "double precision",
    Money: "money",
    Boolean: "boolean",
    Json: "json",
    JsonB: "jsonb",
    Xml: "xml",
    Inet: "inet",
    Citext: "citext",
    ByteA: "bytea",
    Oid: "oid",
  };
  if (simple[name]) return simple[name];
  switch (name) {
    case "VarChar":
      return `character varying${params}`;
    case "Char":
      return `character${params}`;
    case "Decimal":
      return `numeric${params}`;
    case "Bit":
      return `bit${params}`;
    case "VarBit":
      return `bit varying${params}`;
    case "Timestamp":
      return `timestamp${precision} without time zone`;
    case "Timestamptz":
      return `timestamp${precision} with time zone`;
    case "Time":
      return `time${precision} without time zone`;
    case "Timetz":
      return `time${precision} with time zone`;
    default:
      throw new Error(`schema-drift: unknown native type @db.${name}`);
  }
}

type ExpectedDefault =
  { kind: "none" } | { kind: "any" } | { kind: "sequence" } | { kind: "value"; value: string };

function expectedDefault(schema: PrismaSchema, field: PrismaField): ExpectedDefault {
  const value = argument(
    field.attributes.find((a) => a.name === "default"),
    "value",
    0,
  );
  if (!value) return { kind: "none" };
  if (value.kind === "string") return { kind: "value", value: value.value };
  if (value.kind === "number") return { kind: "value", value: String(value.value) };
  if (value.kind === "array") return { kind: "any" };
  if (value.args) {
    if (value.name === "autoincrement" || value.name === "sequence") return { kind: "sequence" };
    if (value.name === "now") return { kind: "value", value: "CURRENT_TIMESTAMP" };
    if (value.name === "dbgenerated") return { kind: "any" };
    // cuid(), uuid(), nanoid(), ulid() are generated by Prisma Client, not by the database.
    return { kind: "none" };
  }
  const prismaEnum = schema.enums.find((e) => e.name === field.type);
  return {
    kind: "value",
    value: prismaEnum?.values.find((v) => v.name === value.name)?.dbName ?? value.name,
  };
}

/** `'MEMBER'::"Role"` → MEMBER, `'[]'::jsonb` → [], `now()` → CURRENT_TIMESTAMP. */
function normalizeDefault(expr: string): string {
  if (/^nextval\(/i.test(expr)) return "nextval";
  if (/^(CURRENT_TIMESTAMP|now\(\))$/i.test(expr)) return "CURRENT_TIMESTAMP";
  let e = expr.trim();
  for (
    let m = /^(.*)::[\w" ]+(\(\d+(,\s*\d+)?\))?(\[\])?$/s.exec(e);
    m;
    m = /^(.*)::[\w" ]+(\(\d+(,\s*\d+)?\))?(\[\])?$/s.exec(e)
  ) {
    e = (m[1] ?? "").trim();
  }
  if (/^\(.*\)$/s.test(e)) e = e.slice(1, -1);
  if (/^'.*'$/s.test(e)) e = e.slice(1, -1).replace(/''/g, "'");
  return e;
}

function compareDefault(
  expected: ExpectedDefault,
  actual: string | null,
  identity: boolean,
): string | undefined {
  const shown = actual ?? "none";
  switch (expected.kind) {
    case "none":
      return actual === null ? undefined : `has default ${shown}, schema.prisma has none`;
    case "any":
      return actual === null ? "missing default (schema.prisma has one)" : undefined;
    case "sequence":
      return identity || (actual !== null && normalizeDefault(actual) === "nextval")
        ? undefined
        : `default is ${shown}, expected autoincrement (nextval)`;
    case "value": {
      if (actual === null) return `missing default (expected ${expected.value})`;
      const got = normalizeDefault(actual);
      const numeric = got !== "" && expected.value !== "" && Number(got) === Number(expected.value);
      return got === expected.value || numeric
        ? undefined
        : `default is ${actual}, expected ${expected.value}`;
    }
  }
}

export function fieldColumn(model: PrismaModel, fieldName: string): string {
  const field = model.fields.find((f) => f.name === fieldName);
  if (!field) throw new Error(`schema-drift: ${model.name} has no field ${fieldName}`);
  return field.columnName;
}
