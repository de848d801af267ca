import { readFile } from "node:fs/promises";
import path from "node:path";
import { introspectDatabase, type DbIndex, type DbSchema } from "./db-introspect";
import { argument, parsePrismaSchema, type Expr, type PrismaModel, type PrismaSchema } from "./prisma-schema";
import { compareColumns, fieldColumn } from "./schema-drift-columns";

// Compares a migrated database with schema.prisma the way Prisma's own drift check would
// (DESIGN.md §4): tables, columns (type, nullability, default), enums, primary keys,
// unique and plain indexes (columns in order, sort order, method) and foreign keys (with
// their actions). Every difference becomes one line, so one run shows all of them.

export const SCHEMA_FILE = path.join(process.cwd(), "prisma", "schema.prisma");

export async function loadPrismaSchema(file = SCHEMA_FILE): Promise<PrismaSchema> {
  return parsePrismaSchema(await readFile(file, "utf8"));
}

export async function findSchemaDrift(databaseUrl: string, schema: PrismaSchema): Promise<string[]> {
  return compareSchema(schema, await introspectDatabase(databaseUrl));
}

export function compareSchema(schema: PrismaSchema, db: DbSchema): string[] {
  const problems: string[] = [];
  const dbTables = new Set(db.tables);
  for (const model of schema.models) {
    if (!dbTables.has(model.tableName)) {
      problems.push(`${model.tableName}: missing table (model ${model.name})`);
      continue;
    }
    problems.push(
      ...compareColumns(schema, model, db),
      ...compareIndexes(model, db),
      ...compareForeignKeys(schema, model, db),
    );
  }
  const modelTables = new Set(schema.models.map((m) => m.tableName));
  for (const table of db.tables) {
    // Prisma Migrate's own bookkeeping table is not part of the data model.
    if (!modelTables.has(table) && table !== "_prisma_migrations")
      problems.push(`${table}: table is not in schema.prisma`);
  }
  for (const prismaEnum of schema.enums) {
    const expected = prismaEnum.values.map((v) => v.dbName);
    const actual = db.enums.get(prismaEnum.dbName);
    if (!actual) problems.push(`enum ${prismaEnum.dbName}: missing type`);
    else if (actual.join() !== expected.join()) {
      problems.push(
        `enum ${prismaEnum.dbName}: values are [${actual.join(", ")}], expected [${expected.join(", ")}]`,
      );
    }
  }
  const enumNames = new Set(schema.enums.map((e) => e.dbName));
  for (const name of db.enums.keys())
    if (!enumNames.has(name)) problems.push(`enum ${name}: type is not in schema.prisma`);
  return problems;
}

interface IndexSpec {
  unique: boolean;
  columns: string[];
  descending: boolean[];
  method: string;
}

/** `[a, b(sort: Desc)]` → columns and sort flags. */
function indexColumns(model: PrismaModel, list: Expr | undefined): Pick<IndexSpec, "columns" | "descending"> {
  if (list?.kind !== "array")
    throw new Error(`schema-drift: ${model.name} has an index without a field list`);
  const columns: string[] = [];
  const descending: boolean[] = [];
  for (const item of list.items) {
    if (item.kind !== "ident") throw new Error(`schema-drift: ${model.name} has an unexpected index entry`);
    columns.push(fieldColumn(model, item.name));
    const sort = item.args?.find((a) => a.name === "sort")?.value;
    descending.push(sort?.kind === "ident" && sort.name === "Desc");
  }
  return { columns, descending };
}

function describe(spec: Pick<IndexSpec, "columns" | "descending" | "method">): string {
  const cols = spec.columns.map((c, i) => (spec.descending[i] ? `${c} DESC` : c)).join(", ");
  return `(${cols})${spec.method === "btree" ? "" : ` using ${spec.method}`}`;
}

function compareIndexes(model: PrismaModel, db: DbSchema): string[] {
  const problems: string[] = [];
  const dbIndexes = db.indexes.filter((i) => i.table === model.tableName);
  const where = model.tableName;

  const blockId = model.blockAttributes.find((a) => a.name === "id");
  const idFields = model.fields
    .filter((f) => f.attributes.some((a) => a.name === "id"))
    .map((f) => f.columnName);
  const expectedPk = blockId ? indexColumns(model, argument(blockId, "fields", 0)).columns : idFields;
  const pk = dbIndexes.find((i) => i.primary);
  if (expectedPk.length && !pk) problems.push(`${where}: missing primary key (${expectedPk.join(", ")})`);
  else if (pk && pk.columns.join() !== expectedPk.join()) {
    problems.push(
      `${where}: primary key is (${pk.columns.join(", ")}), expected (${expectedPk.join(", ") || "none"})`,
    );
  }

  const specs: IndexSpec[] = [];
  for (const field of model.fields) {
    const unique = field.attributes.find((a) => a.name === "unique");
    const sort = argument(unique, "sort");
    if (unique)
      specs.push({
        unique: true,
        columns: [field.columnName],
        descending: [sort?.kind === "ident" && sort.name === "Desc"],
        method: "btree",
      });
  }
  for (const attribute of model.blockAttributes) {
    if (attribute.name !== "unique" && attribute.name !== "index") continue;
    const type = argument(attribute, "type");
    const method = type?.kind === "ident" ? type.name.toLowerCase() : "btree";
    specs.push({
      unique: attribute.name === "unique",
      method,
      ...indexColumns(model, argument(attribute, "fields", 0)),
    });
  }

  const unmatched: DbIndex[] = dbIndexes.filter((i) => !i.primary);
  for (const spec of specs) {
    const found = unmatched.findIndex(
      (i) =>
        i.unique === spec.unique &&
        !i.partial &&
        i.method === spec.method &&
        i.columns.join() === spec.columns.join() &&
        i.descending.join() === spec.descending.join(),
    );
    if (found >= 0) unmatched.splice(found, 1);
    else problems.push(`${where}: missing ${spec.unique ? "unique index" : "index"} on ${describe(spec)}`);
  }
  for (const index of unmatched) {
    const kind = `${index.unique ? "unique " : ""}${index.partial ? "partial " : ""}index`;
    problems.push(`${where}: ${kind} "${index.name}" on ${describe(index)} is not in schema.prisma`);
  }
  return problems;
}

const ACTIONS: Record<string, string> = {
  Cascade: "c",
  Restrict: "r",
  NoAction: "a",
  SetNull: "n",
  SetDefault: "d",
};
const ACTION_NAMES: Record<string, string> = {
  c: "CASCADE",
  r: "RESTRICT",
  a: "NO ACTION",
  n: "SET NULL",
  d: "SET DEFAULT",
};

function names(list: Expr | undefined): string[] {
  return list?.kind === "array" ? list.items.map((i) => (i.kind === "ident" ? i.name : "?")) : [];
}

function compareForeignKeys(schema: PrismaSchema, model: PrismaModel, db: DbSchema): string[] {
  const problems: string[] = [];
  const unmatched = db.foreignKeys.filter((fk) => fk.table === model.tableName);
  for (const field of model.fields.filter((f) => f.kind === "relation")) {
    const relation = field.attributes.find((a) => a.name === "relation");
    const fields = names(argument(relation, "fields"));
    const target = schema.models.find((m) => m.name === field.type);
    if (!target) continue;
    if (fields.length === 0) {
      // The other side holds the foreign key; without one this is an implicit many-to-many,
      // whose join table this checker does not model, so say so instead of passing silently.
      const owner = target.fields.some(
        (f) =>
          f.type === model.name &&
          names(
            argument(
              f.attributes.find((a) => a.name === "relation"),
              "fields",
            ),
          ).length > 0,
      );
      if (!owner)
        throw new Error(
          `schema-drift: ${model.name}.${field.name} looks like an implicit many-to-many relation (unsupported)`,
        );
      continue;
    }
    const columns = fields.map((f) => fieldColumn(model, f));
    const refColumns = names(argument(relation, "references")).map((f) => fieldColumn(target, f));
    const onDeleteArg = argument(relation, "onDelete");
    const onUpdateArg = argument(relation, "onUpdate");
    // Prisma's defaults: SetNull for an optional relation, Restrict for a required one; Cascade on update.
    const onDelete =
      ACTIONS[onDeleteArg?.kind === "ident" ? onDeleteArg.name : field.optional ? "SetNull" : "Restrict"] ??
      "?";
    const onUpdate = ACTIONS[onUpdateArg?.kind === "ident" ? onUpdateArg.name : "Cascade"] ?? "?";
    const label = `foreign key (${columns.join(", ")}) → ${target.tableName}(${refColumns.join(", ")})`;
    const found = unmatched.findIndex(
      (fk) =>
        fk.refTable === target.tableName &&
        fk.columns.join() === columns.join() &&
        fk.refColumns.join() === refColumns.join(),
    );
    const fk = unmatched[found];
    if (!fk) {
      problems.push(`${model.tableName}: missing ${label}`);
      continue;
    }
    unmatched.splice(found, 1);
    if (fk.onDelete !== onDelete || fk.onUpdate !== onUpdate) {
      problems.push(
        `${model.tableName}: ${label} is ON DELETE ${ACTION_NAMES[fk.onDelete]} ON UPDATE ${ACTION_NAMES[fk.onUpdate]}, ` +
          `expected ON DELETE ${ACTION_NAMES[onDelete]} ON UPDATE ${ACTION_NAMES[onUpdate]}`,
      );
    }
  }
  for (const fk of unmatched) {
    problems.push(
      `${model.tableName}: foreign key "${fk.name}" (${fk.columns.join(", ")}) → ${fk.refTable} is not in schema.prisma`,
    );
  }
  return problems;
}
