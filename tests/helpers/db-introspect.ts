import pg from "pg";

// Reads the shape of a database's current schema from pg_catalog: what the schema-drift
// check compares with schema.prisma. pg_index/pg_attribute give index columns in order,
// which information_schema cannot.

export interface DbColumn {
  table: string;
  name: string;
  /** format_type() output, or `enum:<name>` for enum types (with `[]` for arrays). */
  type: string;
  notNull: boolean;
  /** pg_get_expr() of the default; null when there is none. */
  defaultExpr: string | null;
  generated: boolean;
  identity: boolean;
}

export interface DbIndex {
  table: string;
  name: string;
  primary: boolean;
  unique: boolean;
  method: string;
  partial: boolean;
  /** Key columns in order; "<expression>" for an expression. */
  columns: string[];
  descending: boolean[];
}

export interface DbForeignKey {
  table: string;
  name: string;
  columns: string[];
  refTable: string;
  refColumns: string[];
  /** pg_constraint action codes: a no action, r restrict, c cascade, n set null, d set default. */
  onDelete: string;
  onUpdate: string;
}

export interface DbSchema {
  tables: string[];
  columns: DbColumn[];
  enums: Map<string, string[]>;
  indexes: DbIndex[];
  foreignKeys: DbForeignKey[];
}

const TABLES = `
SELECT c.relname AS name
  FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
 WHERE n.nspname = current_schema() AND c.relkind IN ('r', 'p')`;

const COLUMNS = `
SELECT c.relname AS table, a.attname AS name, a.attnotnull AS "notNull",
       CASE WHEN t.typtype = 'e' THEN 'enum:' || t.typname
            WHEN et.typtype = 'e' THEN 'enum:' || et.typname || '[]'
            ELSE format_type(a.atttypid, a.atttypmod) END AS type,
       pg_get_expr(d.adbin, d.adrelid) AS "defaultExpr",
       a.attgenerated <> '' AS generated, a.attidentity <> '' AS identity
  FROM pg_attribute a
  JOIN pg_class c ON c.oid = a.attrelid
  JOIN pg_namespace n ON n.oid = c.relnamespace
  JOIN pg_type t ON t.oid = a.atttypid
  LEFT JOIN pg_type et ON et.oid = t.typelem AND t.typcategory = 'A'
  LEFT JOIN pg_attrdef d ON d.adrelid = a.attrelid AND d.adnum = a.attnum
 WHERE n.nspname = current_schema() AND c.relkind IN ('r', 'p') AND a.attnum > 0 AND NOT a.attisdropped
 ORDER BY c.relname, a.attnum`;

const ENUMS = `
SELECT t.typname AS name, array_agg(e.enumlabel::text ORDER BY e.enumsortorder) AS labels
  FROM pg_type t
  JOIN pg_enum e ON e.enumtypid = t.oid
  JOIN pg_namespace n ON n.oid = t.typnamespace
 WHERE n.nspname = current_schema()
 GROUP BY t.typname`;

const INDEXES = `
SELECT t.relname AS table, i.relname AS name, ix.indisprimary AS primary, ix.indisunique AS unique,
       am.amname AS method, ix.indpred IS NOT NULL AS partial,
       ARRAY(SELECT coalesce(a.attname::text, '<expression>')
               FROM unnest(ix.indkey::int2[]) WITH ORDINALITY k(attnum, ord)
               LEFT JOIN pg_attribute a ON a.attrelid = ix.indrelid AND a.attnum = k.attnum
              WHERE k.ord <= ix.indnkeyatts ORDER BY k.ord) AS columns,
       ARRAY(SELECT (o.opt & 1) = 1
               FROM unnest(ix.indoption::int2[]) WITH ORDINALITY o(opt, ord)
              WHERE o.ord <= ix.indnkeyatts ORDER BY o.ord) AS descending
  FROM pg_index ix
  JOIN pg_class i ON i.oid = ix.indexrelid
  JOIN pg_class t ON t.oid = ix.indrelid
  JOIN pg_namespace n ON n.oid = t.relnamespace
  JOIN pg_am am ON am.oid = i.relam
 WHERE n.nspname = current_schema()
 ORDER BY t.relname, i.relname`;

const FOREIGN_KEYS = `
SELECT t.relname AS table, con.conname AS name, rt.relname AS "refTable",
       ARRAY(SELECT a.attname::text FROM unnest(con.conkey) WITH ORDINALITY k(attnum, ord)
               JOIN pg_attribute a ON a.attrelid = con.conrelid AND a.attnum = k.attnum ORDER BY k.ord) AS columns,
       ARRAY(SELECT a.attname::text FROM unnest(con.confkey) WITH ORDINALITY k(attnum, ord)
               JOIN pg_attribute a ON a.attrelid = con.confrelid AND a.attnum = k.attnum ORDER BY k.ord) AS "refColumns",
       con.confdeltype AS "onDelete", con.confupdtype AS "onUpdate"
  FROM pg_constraint con
  JOIN pg_class t ON t.oid = con.conrelid
  JOIN pg_class rt ON rt.oid = con.confrelid
  JOIN pg_namespace n ON n.oid = t.relnamespace
 WHERE con.contype = 'f' AND n.nspname = current_schema()
 ORDER BY t.relname, con.conname`;

export async function introspectDatabase(databaseUrl: string): Promise<DbSchema> {
  const client = new pg.Client({ connectionString: databaseUrl });
  await client.connect();
  try {
    const tables = await client.query<{ name: string }>(TABLES);
    const columns = await client.query<DbColumn>(COLUMNS);
    const enums = await client.query<{ name: string; labels: string[] }>(ENUMS);
    const indexes = await client.query<DbIndex>(INDEXES);
    const foreignKeys = await client.query<DbForeignKey>(FOREIGN_KEYS);
    return {
      tables: tables.rows.map((r) => r.name),
      columns: columns.rows,
      enums: new Map(enums.rows.map((r) => [r.name, r.labels])),
      indexes: indexes.rows,
      foreignKeys: foreignKeys.rows,
    };
  } finally {
    await client.end();
  }
}
