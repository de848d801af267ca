// Is this error the database being away (restarting, unreachable, out of connections) rather
// than a bug or bad data? Route handlers answer those with 503 and Retry-After instead of 500
// (lib/http/unavailable.ts). The shapes below were seen with Prisma 7 + @prisma/adapter-pg while
// PostgreSQL was stopped and restarted (tests/faults/pg-restart.test.ts): Prisma's own codes,
// the driver adapter's error kinds, PostgreSQL's SQLSTATEs and node-postgres's plain Errors.

/** Prisma: can't reach (P1001), timed out (P1002, P1008), closed (P1017), no pool slot (P2024). */
const PRISMA_CODES = new Set(["P1001", "P1002", "P1008", "P1017", "P2024"]);
/** @prisma/adapter-pg's kinds for socket failures (its convertDriverError). */
const ADAPTER_KINDS = new Set([
  "DatabaseNotReachable",
  "ConnectionClosed",
  "SocketTimeout",
  "TooManyConnections",
]);
/** Node's socket errors, as node-postgres passes them on. */
const SOCKET_CODES = new Set([
  "ECONNREFUSED",
  "ECONNRESET",
  "ETIMEDOUT",
  "EPIPE",
  "ENOTFOUND",
  "EHOSTUNREACH",
]);
/** node-postgres's own messages for a connection that died or never came. */
const DRIVER_MESSAGES = [
  "Connection terminated",
  "Client has encountered a connection error and is not queryable",
  "timeout exceeded when trying to connect",
  "Client was closed and is not queryable",
];

/**
 * SQLSTATEs of an unavailable server: class 08 (connection exception), 57P01 admin shutdown,
 * 57P02 crash shutdown, 57P03 cannot connect now (starting up / shutting down), 53300 too many
 * connections.
 */
function isUnavailableSqlState(code: unknown): boolean {
  return (
    typeof code === "string" && (/^08[0-9A-Z]{3}$/.test(code) || /^57P0[123]$/.test(code) || code === "53300")
  );
}

interface ErrorLike {
  code?: unknown;
  message?: unknown;
  kind?: unknown;
  cause?: unknown;
  meta?: { driverAdapterError?: { cause?: { kind?: unknown; code?: unknown } } };
}

function matches(error: ErrorLike): boolean {
  if (typeof error.code === "string" && (PRISMA_CODES.has(error.code) || SOCKET_CODES.has(error.code)))
    return true;
  if (isUnavailableSqlState(error.code)) return true;
  if (typeof error.kind === "string" && ADAPTER_KINDS.has(error.kind)) return true;
  const adapter = error.meta?.driverAdapterError?.cause;
  if (
    adapter &&
    ((typeof adapter.kind === "string" && ADAPTER_KINDS.has(adapter.kind)) ||
      isUnavailableSqlState(adapter.code))
  )
    return true;
  const message = typeof error.message === "string" ? error.message : "";
  return DRIVER_MESSAGES.some((known) => message.includes(known));
}

/** True when `error` (or an error it wraps) says the database is not available right now. */
export function isDatabaseUnavailable(error: unknown): boolean {
  let current: unknown = error;
  // A short walk down `cause`: wrappers (Prisma, pg-boss, our own) nest a level or two.
  for (let depth = 0; depth < 5 && typeof current === "object" && current !== null; depth++) {
    if (matches(current as ErrorLike)) return true;
    current = (current as ErrorLike).cause;
  }
  return false;
}
