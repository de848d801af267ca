import "server-only";
import { db } from "./client";
import { usernameSchema } from "@/lib/validation/account";
import { Prisma, type Role } from "./generated/client";

export type { Role };

/** The signed-in user as every request sees it (re-read from the database each time). */
export interface SessionUser {
  id: number;
  email: string;
  username: string;
  name: string;
  role: Role;
  avatarUrl: string | null;
  isCore: boolean;
  tokenVersion: number;
  suspendedAt: Date | null;
}

const sessionUserSelect = {
  id: true,
  email: true,
  username: true,
  name: true,
  role: true,
  avatarUrl: true,
  isCore: true,
  tokenVersion: true,
  suspendedAt: true,
} as const satisfies Prisma.UserSelect;

export async function findSessionUser(id: number): Promise<SessionUser | null> {
  return db.user.findUnique({ where: { id }, select: sessionUserSelect });
}

export interface LoginCandidate extends SessionUser {
  passwordHash: string | null;
}

/** The account for a login attempt; emails are stored lower-cased. */
export async function findLoginCandidate(email: string): Promise<LoginCandidate | null> {
  return db.user.findUnique({
    where: { email: email.toLowerCase() },
    select: { ...sessionUserSelect, passwordHash: true },
  });
}

export type NewMemberResult =
  { ok: true; user: SessionUser } | { ok: false; taken: ("email" | "username")[] };

/** Which of the email and username already belong to someone (for field messages). */
export async function findTakenIdentifiers(
  email: string,
  username: string,
): Promise<("email" | "username")[]> {
  const rows = await db.user.findMany({
    where: { OR: [{ email: email.toLowerCase() }, { username }] },
    select: { email: true, username: true },
  });
  const taken: ("email" | "username")[] = [];
  if (rows.some((r) => r.email === email.toLowerCase())) taken.push("email");
  if (rows.some((r) => r.username === username)) taken.push("username");
  // A username that used to be someone's profile address still redirects there.
  if (!taken.includes("username")) {
    const redirect = await db.redirect.findUnique({
      where: { fromPath: `/users/${username}` },
      select: { id: true },
    });
    if (redirect) taken.push("username");
  }
  return taken;
}

/**
 * Creates a member. The unique indexes decide races between two joins with the same email or
 * username: the loser gets the field name back instead of an error.
 */
export async function createMember(input: {
  name: string;
  username: string;
  email: string;
  passwordHash: string | null;
  emailVerified?: Date | null;
  image?: string | null;
}): Promise<NewMemberResult> {
  const taken = await findTakenIdentifiers(input.email, input.username);
  if (taken.length > 0) return { ok: false, taken };
  try {
    const user = await db.user.create({
      data: { ...input, email: input.email.toLowerCase() },
      select: sessionUserSelect,
    });
    return { ok: true, user };
  } catch (error) {
    if (error instanceof Prisma.PrismaClientKnownRequestError && error.code === "P2002") {
      const again = await findTakenIdentifiers(input.email, input.username);
      return { ok: false, taken: again.length > 0 ? again : ["email"] };
    }
    throw error;
  }
}

export interface OAuthIdentity {
  provider: string;
  providerAccountId: string;
  type: string;
  email: string | null;
  emailVerified: boolean;
  name: string;
  preferredUsername: string;
  image: string | null;
}

export type OAuthSignInResult =
  | { ok: true; user: SessionUser; linked: "existing-link" | "by-email" | "new-account" }
  | { ok: false; reason: "suspended" | "email-unverified" | "no-email" };

/**
 * Finds or creates the member behind an OAuth sign-in. An existing link wins; otherwise a
 * provider-verified email links to the account with that email (never an unverified one, or
 * anyone could claim an account by typing its address at the provider); otherwise a new member
 * is created with a free username derived from the provider's.
 */
export async function signInWithOAuth(identity: OAuthIdentity): Promise<OAuthSignInResult> {
  const link = await db.account.findUnique({
    where: {
      provider_providerAccountId: {
        provider: identity.provider,
        providerAccountId: identity.providerAccountId,
      },
    },
    select: { user: { select: sessionUserSelect } },
  });
  if (link) {
    return link.user.suspendedAt
      ? { ok: false, reason: "suspended" }
      : { ok: true, user: link.user, linked: "existing-link" };
  }
  if (!identity.email) return { ok: false, reason: "no-email" };
  const email = identity.email.toLowerCase();
  const existing = await db.user.findUnique({ where: { email }, select: sessionUserSelect });
  if (existing && !identity.emailVerified) return { ok: false, reason: "email-unverified" };
  if (existing?.suspendedAt) return { ok: false, reason: "suspended" };

  const accountData = {
    provider: identity.provider,
    providerAccountId: identity.providerAccountId,
    type: identity.type,
  };
  if (existing) {
    await db.$transaction([
      db.account.create({ data: { ...accountData, userId: existing.id } }),
      db.user.update({ where: { id: existing.id }, data: { emailVerified: new Date() } }),
    ]);
    return { ok: true, user: existing, linked: "by-email" };
  }
  const username = await freeUsername(identity.preferredUsername);
  const created = await createMember({
    name: identity.name || username,
    username,
    email,
    passwordHash: null,
    emailVerified: identity.emailVerified ? new Date() : null,
    image: identity.image,
  });
  if (!created.ok) return { ok: false, reason: "no-email" };
  await db.account.create({ data: { ...accountData, userId: created.user.id } });
  return { ok: true, user: created.user, linked: "new-account" };
}

/** Taken by a member, or still redirecting from a member's former username. */
async function isUsernameTaken(username: string): Promise<boolean> {
  const [user, redirect] = await Promise.all([
    db.user.findUnique({ where: { username }, select: { id: true } }),
    db.redirect.findUnique({ where: { fromPath: `/users/${username}` }, select: { id: true } }),
  ]);
  return Boolean(user || redirect);
}

/** `base`, or `base-2`, `base-3`… whichever is free first (after normalising it to our rules). */
async function freeUsername(preferred: string): Promise<string> {
  const base =
    preferred
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, "-")
      .replace(/^-+|-+$/g, "")
      .slice(0, 24) || "member";
  const fitting = base.length >= 3 ? base : `${base}-member`;
  // Reserved names ("admin", "editor"…) are not handed out through a provider either.
  const padded = usernameSchema.safeParse(fitting).success ? fitting : `${fitting}-member`.replace(/^-+/, "");
  for (let n = 1; n < 1000; n++) {
    const candidate = n === 1 ? padded : `${padded}-${n}`;
    if (!(await isUsernameTaken(candidate))) return candidate;
  }
  return `${padded}-${crypto.randomUUID().slice(0, 8)}`;
}

/** Ends every session of the user (they all carry the old version) and returns the new version. */
export async function bumpTokenVersion(userId: number): Promise<number> {
  const user = await db.user.update({
    where: { id: userId },
    data: { tokenVersion: { increment: 1 } },
    select: { tokenVersion: true },
  });
  return user.tokenVersion;
}
