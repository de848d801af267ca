import { randomBytes } from "node:crypto";

let counter = 0;

/**
 * A short lower-case token unique across calls and across parallel test workers: the
 * counter keeps one file's rows apart and readable, the random part keeps workers apart
 * (the run's database is shared by every test file).
 */
export function uniqueSuffix(): string {
  counter += 1;
  return `${counter}-${randomBytes(3).toString("hex")}`;
}
