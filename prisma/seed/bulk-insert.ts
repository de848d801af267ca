// Multi-row inserts through unnest(): one statement and one round trip per batch of rows,
// with every value sent as a typed array parameter (no SQL built from data).
import type { ClientBase, QueryResultRow } from "pg";

export interface Column {
  name: string;
  /** Postgres element type of the array parameter, e.g. int4, text, timestamp, "Role". */
  type: string;
  values: readonly unknown[];
}

export const DEFAULT_BATCH = 2000;

function quote(identifier: string): string {
  return `"${identifier.replace(/"/g, '""')}"`;
}

function columnSql(columns: readonly Column[]): { names: string; params: string } {
  return {
    names: columns.map((column) => quote(column.name)).join(", "),
    params: columns.map((column, i) => `$${i + 1}::${column.type}[]`).join(", "),
  };
}

function sliceColumns(columns: readonly Column[], start: number, end: number): Column[] {
  return columns.map((column) => ({ ...column, values: column.values.slice(start, end) }));
}

/**
 * INSERT INTO table (columns) SELECT * FROM unnest(arrays) [suffix], in batches.
 * `suffix` may add ON CONFLICT / RETURNING; returned rows of all batches are concatenated.
 */
export async function bulkInsert<Row extends QueryResultRow = QueryResultRow>(
  client: ClientBase,
  table: string,
  columns: readonly Column[],
  suffix = "",
  batchSize = DEFAULT_BATCH,
): Promise<Row[]> {
  const length = columns[0]?.values.length ?? 0;
  if (columns.some((column) => column.values.length !== length))
    throw new Error(`bulkInsert ${table}: ragged columns`);
  const { names, params } = columnSql(columns);
  const sql = `INSERT INTO ${quote(table)} (${names}) SELECT * FROM unnest(${params}) ${suffix}`;
  const rows: Row[] = [];
  for (let start = 0; start < length; start += batchSize) {
    const batch = sliceColumns(columns, start, start + batchSize);
    const result = await client.query<Row>(
      sql,
      batch.map((column) => column.values),
    );
    rows.push(...result.rows);
  }
  return rows;
}

/** ISO-8601 in UTC. Columns are `timestamp without time zone` holding UTC (Prisma's convention);
 * casting an ISO string with "Z" to timestamp ignores the zone, so the session TimeZone and the
 * process TZ cannot shift the stored value. */
export function utc(date: Date | null): string | null {
  return date ? date.toISOString() : null;
}

/** YYYY-MM-DD of a UTC day, for `date` columns. */
export function utcDay(date: Date): string {
  return date.toISOString().slice(0, 10);
}
