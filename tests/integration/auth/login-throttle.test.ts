import { describe, expect, it, vi } from "vitest";

// The real argon2, observed: each call still hashes and verifies for real.
const argon2Verify = vi.hoisted(() => vi.fn());
vi.mock("@node-rs/argon2", async (importOriginal) => {
  const real = await importOriginal<typeof import("@node-rs/argon2")>();
  argon2Verify.mockImplementation(real.verify);
  return { ...real, verify: argon2Verify };
});
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
    const attempt = async (email: string) => {
      argon2Verify.mockClear();
      const outcome = await loginWithPassword(email, "wrong password!", requestFrom(uniqueIp()));
      // The timing equaliser: exactly one argon2id verification (~50 ms) either way, against the
      // real hash or a decoy, so an unknown email cannot answer early. Counted rather than timed:
      // wall-clock ratios in a parallel test run measure the machine's load, not the code.
      return { outcome, verifications: argon2Verify.mock.calls.length };
    };
    const unknown = await attempt(`nobody-${uniqueSuffix()}@example.test`);
    const wrong = await attempt(user.email);
    const expected = {
      ok: false,
      status: 401,
      code: "invalid-credentials",
      title: "Not signed in",
      message: INVALID_CREDENTIALS_MESSAGE,
    };
    expect(unknown).toEqual({ outcome: expected, verifications: 1 });
    expect(wrong).toEqual({ outcome: expected, verifications: 1 });
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
