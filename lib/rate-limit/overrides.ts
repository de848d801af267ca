import { z } from "zod";

// RATE_LIMITS=name=points/seconds,...: raises (or lowers) named limits for one deployment, e.g. an
// e2e run that sends thousands of requests from one address. The code path stays the same: every
// limit is still counted and refused once its (overridden) points are used.

export interface LimitOverride {
  points: number;
  durationSeconds: number;
}

const ENTRY = /^([a-z][a-z0-9_]*)=(\d{1,9})\/(\d{1,9})$/;

/** Parses `login_ip=1000/60,join_ip=500/3600`; an error message names the entry at fault. */
export function parseRateLimits(value: string): Map<string, LimitOverride> | string {
  const overrides = new Map<string, LimitOverride>();
  for (const raw of value.split(",")) {
    const entry = raw.trim();
    if (entry === "") continue;
    const match = ENTRY.exec(entry);
    if (!match) return `"${entry}" must look like name=points/seconds, e.g. login_ip=100/60`;
    const [, name, points, seconds] = match;
    if (Number(points) < 1 || Number(seconds) < 1) return `"${entry}": points and seconds must be at least 1`;
    if (overrides.has(name!)) return `"${name}" is given twice`;
    overrides.set(name!, { points: Number(points), durationSeconds: Number(seconds) });
  }
  return overrides;
}

/** The env schema of RATE_LIMITS: unset or empty means no overrides. */
export const rateLimitsSchema = z
  .string()
  .optional()
  .transform((value, ctx) => {
    const parsed = parseRateLimits(value ?? "");
    if (typeof parsed === "string") {
      ctx.addIssue({ code: "custom", message: parsed });
      return z.NEVER;
    }
    return parsed;
  });
