import "server-only";
import type { RateLimiterAbstract, RateLimiterRes } from "rate-limiter-flexible";
import { consumeLimit, limiter, type LimiterSpec } from "@/lib/rate-limit/store";

export { describeWait } from "./messages";

// Login and join throttling (OWASP ASVS 6.3.x), after rate-limiter-flexible's "login endpoint
// protection" pattern. Only failures count against a login:
// - account + IP: 5 failures in 15 minutes, then 429 until the window ends. The real owner, on
//   their own address, is locked out of nothing an attacker elsewhere does.
// - IP: 30 failures in 15 minutes across any accounts (one address spraying many accounts).
// - account: 100 failures an hour from anywhere (a botnet on one account); it ends after the hour,
//   so there is no permanent lockout.
// A successful login clears its account + IP counter.

export const LOGIN_LIMITS = {
  accountIp: { name: "login_account_ip", points: 5, durationSeconds: 15 * 60 },
  ip: { name: "login_ip", points: 30, durationSeconds: 15 * 60 },
  account: { name: "login_account", points: 100, durationSeconds: 60 * 60 },
} as const satisfies Record<string, LimiterSpec>;

export const JOIN_LIMIT = {
  name: "join_ip",
  points: 20,
  durationSeconds: 60 * 60,
} as const satisfies LimiterSpec;

export type ThrottleVerdict = { allowed: true } | { allowed: false; retryAfterSeconds: number };

interface Keyed {
  limiter: RateLimiterAbstract;
  key: string;
  points: number;
}

async function loginKeys(email: string, ip: string): Promise<Keyed[]> {
  const account = email.trim().toLowerCase();
  return Promise.all([
    limiter(LOGIN_LIMITS.accountIp).then((l) => ({
      limiter: l,
      key: `${account}|${ip}`,
      points: l.points,
    })),
    limiter(LOGIN_LIMITS.ip).then((l) => ({ limiter: l, key: ip, points: l.points })),
    limiter(LOGIN_LIMITS.account).then((l) => ({
      limiter: l,
      key: account,
      points: l.points,
    })),
  ]);
}

function verdict(states: (RateLimiterRes | null)[], keys: Keyed[]): ThrottleVerdict {
  let waitMs = 0;
  states.forEach((state, i) => {
    if (state && state.consumedPoints >= keys[i]!.points) waitMs = Math.max(waitMs, state.msBeforeNext);
  });
  return waitMs > 0
    ? { allowed: false, retryAfterSeconds: Math.max(1, Math.ceil(waitMs / 1000)) }
    : { allowed: true };
}

/** Whether a login for `email` from `ip` may be tried at all (checked before the password). */
export async function checkLogin(email: string, ip: string): Promise<ThrottleVerdict> {
  const keys = await loginKeys(email, ip);
  const states = await Promise.all(keys.map((k) => k.limiter.get(k.key)));
  return verdict(states, keys);
}

/** Counts a failed login against every key. */
export async function recordLoginFailure(email: string, ip: string): Promise<void> {
  const keys = await loginKeys(email, ip);
  await Promise.all(keys.map((k) => k.limiter.penalty(k.key, 1)));
}

/** A successful login forgives the failures from this address on this account. */
export async function recordLoginSuccess(email: string, ip: string): Promise<void> {
  const [accountIp] = await loginKeys(email, ip);
  await accountIp!.limiter.delete(accountIp!.key);
}

/** Counts a join attempt from `ip`; refuses once the hour's allowance is used. */
export async function consumeJoin(ip: string): Promise<ThrottleVerdict> {
  return consumeLimit(JOIN_LIMIT, ip);
}
