// Health (/api/health, liveness) and readiness (/api/ready) reports. A dependency that hangs must
// not hang the probe, so each round trip races a timeout and counts as down when it loses.
export interface HealthReport {
  httpStatus: 200 | 503;
  body: { status: "ok" | "error"; database: "ok" | "unreachable"; latencyMs: number };
}

/** Resolves when `check` answers within `timeoutMs`; rejects when it fails or is too slow. */
export async function answersWithin(check: () => Promise<unknown>, timeoutMs: number): Promise<void> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`no answer within ${timeoutMs} ms`)), timeoutMs);
  });
  try {
    await Promise.race([check(), timeout]);
  } finally {
    clearTimeout(timer);
  }
}

export async function buildHealthReport(
  ping: () => Promise<unknown>,
  timeoutMs = 2000,
): Promise<HealthReport> {
  const started = performance.now();
  const up = await answersWithin(ping, timeoutMs).then(
    () => true,
    () => false,
  );
  const latencyMs = Math.round(performance.now() - started);
  return up
    ? { httpStatus: 200, body: { status: "ok", database: "ok", latencyMs } }
    : { httpStatus: 503, body: { status: "error", database: "unreachable", latencyMs } };
}

export interface ReadinessChecks {
  database: () => Promise<unknown>;
  /** Absent when REDIS_URL is not set. */
  redis?: () => Promise<unknown>;
}

export interface ReadinessReport {
  httpStatus: 200 | 503;
  body: {
    status: "ready" | "unavailable";
    checks: { database: "ok" | "unreachable"; redis: "ok" | "unreachable" | "not configured" };
  };
}

/**
 * Ready when every configured dependency answers within `timeoutMs` (checked side by side). The
 * body names the check that failed, never why: error text can leak hosts and credentials.
 */
export async function buildReadinessReport(
  checks: ReadinessChecks,
  timeoutMs = 2000,
): Promise<ReadinessReport> {
  const state = (check: () => Promise<unknown>) =>
    answersWithin(check, timeoutMs).then(
      () => "ok" as const,
      () => "unreachable" as const,
    );
  const [database, redis] = await Promise.all([
    state(checks.database),
    checks.redis ? state(checks.redis) : Promise.resolve("not configured" as const),
  ]);
  const ready = database === "ok" && redis !== "unreachable";
  return {
    httpStatus: ready ? 200 : 503,
    body: { status: ready ? "ready" : "unavailable", checks: { database, redis } },
  };
}
