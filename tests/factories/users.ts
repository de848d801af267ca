import { db } from "@/lib/db/client";
import type { Prisma, User } from "@/lib/db/generated/client";
import type { CurrentUser } from "@/lib/auth/guards";
import { uniqueSuffix } from "./unique";

/** A member with a unique email and username; pass `role`, `passwordHash`… to override. */
export async function createUser(overrides: Partial<Prisma.UserUncheckedCreateInput> = {}): Promise<User> {
  const n = uniqueSuffix();
  return db.user.create({
    data: {
      // Lower case: the table has a CHECK that emails are stored lower-cased.
      email: `user-${n}@example.test`,
      username: `user-${n}`,
      name: `Test User ${n}`,
      ...overrides,
    },
  });
}

/** What lib/auth/guards getCurrentUser returns for `user`, for tests that stand in for the session. */
export function asCurrentUser(user: User): CurrentUser {
  const { id, email, username, name, role, avatarUrl, isCore, tokenVersion } = user;
  return { id, email, username, name, role, avatarUrl, isCore, tokenVersion };
}
