import { randomBytes } from "node:crypto";
import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";

const root = new URL("../..", import.meta.url).pathname;

/**
 * AUTH_SECRET for `npm start` when it is not set: a random key made once and kept in
 * .data/auth-secret (mode 600), so sessions survive restarts without anyone configuring one.
 * Several instances behind one site must share a configured AUTH_SECRET instead (docs/scaling.md).
 */
export function ensureAuthSecret(log: (line: string) => void): string {
  if (process.env.AUTH_SECRET) return process.env.AUTH_SECRET;
  const file = join(root, ".data", "auth-secret");
  if (existsSync(file)) return readFileSync(file, "utf8").trim();
  mkdirSync(dirname(file), { recursive: true });
  const secret = randomBytes(32).toString("base64url");
  writeFileSync(file, `${secret}\n`, { mode: 0o600 });
  log(`Created a session key in ${file} (set AUTH_SECRET to use your own)`);
  return secret;
}
