// Health report shared by /api/health. A database that hangs must not hang the probe, so
// the round trip races a timeout and counts as down when it loses.
export interface HealthReport {
  httpStatus: 200 | 503;
  body: { status: "ok" | "error"; database: "ok" | "unreachable"; latencyMs: number };
}

export async function buildHealthReport(
  ping: () => Promise<unknown>,
  timeoutMs = 2000,
): Promise<HealthReport> {
  const started = performance.now();
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`database did not answer within ${timeoutMs} ms`)), timeoutMs);
  });
  try {
    await Promise.race([ping(), timeout]);
    return {
      httpStatus: 200,
      body: { status: "ok", database: "ok", latencyMs: Math.round(performance.now() - started) },
    };
  } catch {
    return {
      httpStatus: 503,
      body: { status: "error", database: "unreachable", latencyMs: Math.round(performance.now() - started) },
    };
  } finally {
    clearTimeout(timer);
  }
}
