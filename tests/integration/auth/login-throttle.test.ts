import { describe, expect, it } from "vitest";
import { loginWithPassword } from "@/lib/auth/login";
import { INVALID_CREDENTIALS_MESSAGE } from "@/lib/auth/messages";
import { hashPassword } from "@/lib/auth/password";
import {
  checkLogin,
  consumeJoin,
  JOIN_LIMIT,
  LOGIN_LIMITS,
  recordLoginFailure,
  recordLoginSuccess,
} from "@/lib/auth/throttle";
import { createUser } from "../../factories/users";
import { uniqueSuffix } from "../../factories/unique";

// Counters live in PostgreSQL (rate-limiter-flexible's own table in the rate_limit schema), so
// each test uses its own emails and addresses.

function requestFrom(ip: string): Request {
  return new Request("http://zonepress.test/api/auth/login", {
    method: "POST",
    headers: { "x-forwarded-for": ip },
  });
}

const uniqueIp = () =>
  `10.${Math.floor(Math.random() * 250)}.${Math.floor(Math.random() * 250)}.${Math.floor(Math.random() * 250)}`;

describe("login throttling", () => {
  it("refuses the 6th attempt after 5 failures in 15 minutes, with a wait of about 15 minutes", async () => {
    const email = `victim-${uniqueSuffix()}@example.test`;
    const ip = uniqueIp();
    for (let i = 0; i < LOGIN_LIMITS.accountIp.points; i++) {
      expect(await checkLogin(email, ip)).toEqual({ allowed: true });
      await recordLoginFailure(email, ip);
    }
    const verdict = await checkLogin(email, ip);
    expect(verdict.allowed).toBe(false);
    if (!verdict.allowed) {
      expect(verdict.retryAfterSeconds).toBeGreaterThan(14 * 60);
      expect(verdict.retryAfterSeconds).toBeLessThanOrEqual(15 * 60);
    }
  });

  it("does not lock the owner out from their own address when an attacker fails elsewhere", async () => {
    const email = `owner-${uniqueSuffix()}@example.test`;
    const attacker = uniqueIp();
    for (let i = 0; i < 10; i++) await recordLoginFailure(email, attacker);
    expect((await checkLogin(email, attacker)).allowed).toBe(false);
    expect(await checkLogin(email, uniqueIp())).toEqual({ allowed: true });
  });

  it("limits one address spraying many accounts", async () => {
    const ip = uniqueIp();
    for (let i = 0; i < LOGIN_LIMITS.ip.points; i++)
      await recordLoginFailure(`spray-${uniqueSuffix()}@example.test`, ip);
    expect((await checkLogin(`fresh-${uniqueSuffix()}@example.test`, ip)).allowed).toBe(false);
  });

  it("limits one account to 100 failures an hour from any number of addresses", async () => {
    const email = `botnet-${uniqueSuffix()}@example.test`;
    for (let i = 0; i < LOGIN_LIMITS.account.points; i++) await recordLoginFailure(email, uniqueIp());
    const verdict = await checkLogin(email, uniqueIp());
    expect(verdict.allowed).toBe(false);
    if (!verdict.allowed) expect(verdict.retryAfterSeconds).toBeGreaterThan(50 * 60);
  });

  it("forgives the address's failures on a successful login", async () => {
    const email = `forgetful-${uniqueSuffix()}@example.test`;
    const ip = uniqueIp();
    for (let i = 0; i < 4; i++) await recordLoginFailure(email, ip);
    await recordLoginSuccess(email, ip);
    for (let i = 0; i < 4; i++) await recordLoginFailure(email, ip);
    expect(await checkLogin(email, ip)).toEqual({ allowed: true });
  });

  it("treats the email case-insensitively, so changing case does not reset the count", async () => {
    const email = `cased-${uniqueSuffix()}@example.test`;
    const ip = uniqueIp();
    for (let i = 0; i < 5; i++) await recordLoginFailure(i % 2 ? email.toUpperCase() : email, ip);
    expect((await checkLogin(` ${email.toUpperCase()} `, ip)).allowed).toBe(false);
  });

  it("limits joins per address", async () => {
    const ip = uniqueIp();
    for (let i = 0; i < JOIN_LIMIT.points; i++) expect(await consumeJoin(ip)).toEqual({ allowed: true });
    expect((await consumeJoin(ip)).allowed).toBe(false);
    expect(await consumeJoin(uniqueIp())).toEqual({ allowed: true });
  });
});

describe("loginWithPassword", () => {
  it("answers an unknown email and a wrong password identically, after the same password work", async () => {
    const password = "correct horse battery";
    const user = await createUser({ passwordHash: await hashPassword(password) });
    const time = async (email: string) => {
      const started = performance.now();
      const outcome = await loginWithPassword(email, "wrong password!", requestFrom(uniqueIp()));
      return { outcome, ms: performance.now() - started };
    };
    // Warm the decoy hash first: it is made once per process.
    await time(`nobody-${uniqueSuffix()}@example.test`);
    const unknown = [];
    const wrong = [];
    for (let i = 0; i < 5; i++) {
      unknown.push(await time(`nobody-${uniqueSuffix()}@example.test`));
      wrong.push(await time(user.email));
    }
    for (const { outcome } of [...unknown, ...wrong]) {
      expect(outcome).toEqual({
        ok: false,
        status: 401,
        code: "invalid-credentials",
        title: "Not signed in",
        message: INVALID_CREDENTIALS_MESSAGE,
      });
    }
    // Both paths run one argon2id verification; an unknown email must not answer early.
    const median = (xs: { ms: number }[]) => xs.map((x) => x.ms).sort((a, b) => a - b)[2]!;
    const ratio = median(unknown) / median(wrong);
    expect(ratio).toBeGreaterThan(0.5);
    expect(ratio).toBeLessThan(2);
  });

  it("says 429 with the wait after 5 failures, even for the right password", async () => {
    const password = "correct horse battery";
    const user = await createUser({ passwordHash: await hashPassword(password) });
    const ip = uniqueIp();
    for (let i = 0; i < 5; i++) {
      expect((await loginWithPassword(user.email, "nope nope nope", requestFrom(ip))).ok).toBe(false);
    }
    const outcome = await loginWithPassword(user.email, password, requestFrom(ip));
    expect(outcome).toMatchObject({ ok: false, status: 429, code: "throttled" });
    if (!outcome.ok) {
      expect(outcome.retryAfterSeconds).toBeGreaterThan(0);
      expect(outcome.message).toMatch(/wait 15 minutes/);
    }
  });

  it("tells a suspended member with the right password that the account is suspended", async () => {
    const password = "correct horse battery";
    const user = await createUser({ passwordHash: await hashPassword(password), suspendedAt: new Date() });
    const outcome = await loginWithPassword(user.email, password, requestFrom(uniqueIp()));
    expect(outcome).toMatchObject({ ok: false, status: 403, code: "suspended" });
  });
});
