import "server-only";
import { db } from "./client";
import { Prisma } from "./generated/client";

// The signed-in member's own account: Edit Profile (with the redirect a rename leaves behind)
// and password changes. Every function takes the member's id from the session, never from input.

export interface EditableProfile {
  id: number;
  email: string;
  username: string;
  name: string;
  bio: string;
  avatarUrl: string | null;
  /** False for OAuth-only accounts: they confirm with their username instead of a password. */
  hasPassword: boolean;
}

export async function getEditableProfile(userId: number): Promise<EditableProfile | null> {
  const row = await db.user.findUnique({
    where: { id: userId },
    select: {
      id: true,
      email: true,
      username: true,
      name: true,
      bio: true,
      avatarUrl: true,
      passwordHash: true,
    },
  });
  if (!row) return null;
  const { passwordHash, ...profile } = row;
  return { ...profile, hasPassword: passwordHash !== null };
}

export interface ProfileUpdate {
  name: string;
  username: string;
  bio: string;
  /** The bio rendered by lib/markdown/bio.ts. */
  bioHtml: string;
}

export type ProfileUpdateResult =
  | { ok: true; previousUsername: string; username: string }
  | { ok: false; reason: "username-taken" | "not-found" };

export const profilePath = (username: string) => `/users/${username}`;

/**
 * Saves the profile. A new username must be free: no other member has it and no old profile
 * URL redirects from it, unless that redirect is one of this member's own former names (they
 * take it back, and the redirect goes). The rename leaves `/users/<old>` → `/users/<new>` and
 * re-points older redirects that led to `/users/<old>`, so every former URL takes one hop.
 * The unique indexes decide races with a join or another rename: the loser is told "taken".
 */
export async function updateProfile(userId: number, update: ProfileUpdate): Promise<ProfileUpdateResult> {
  try {
    return await db.$transaction(async (tx) => {
      const current = await tx.user.findUnique({ where: { id: userId }, select: { username: true } });
      if (!current) return { ok: false, reason: "not-found" } as const;
      const renamed = current.username !== update.username;
      if (renamed) {
        const oldPath = profilePath(current.username);
        const newPath = profilePath(update.username);
        const owner = await tx.user.findUnique({
          where: { username: update.username },
          select: { id: true },
        });
        if (owner) return { ok: false, reason: "username-taken" } as const;
        const claimed = await tx.redirect.findUnique({
          where: { fromPath: newPath },
          select: { toPath: true },
        });
        if (claimed && claimed.toPath !== oldPath) return { ok: false, reason: "username-taken" } as const;
        if (claimed) await tx.redirect.delete({ where: { fromPath: newPath } });
        await tx.redirect.updateMany({ where: { toPath: oldPath }, data: { toPath: newPath } });
        await tx.redirect.upsert({
          where: { fromPath: oldPath },
          create: { fromPath: oldPath, toPath: newPath },
          update: { toPath: newPath },
        });
      }
      await tx.user.update({
        where: { id: userId },
        data: { name: update.name, username: update.username, bio: update.bio, bioHtml: update.bioHtml },
      });
      return { ok: true, previousUsername: current.username, username: update.username } as const;
    });
  } catch (error) {
    if (error instanceof Prisma.PrismaClientKnownRequestError && error.code === "P2002") {
      return { ok: false, reason: "username-taken" };
    }
    throw error;
  }
}

/** The member's password hash (null for OAuth-only accounts), to verify the current password. */
export async function getPasswordHash(userId: number): Promise<string | null> {
  const row = await db.user.findUnique({ where: { id: userId }, select: { passwordHash: true } });
  return row?.passwordHash ?? null;
}

/**
 * Stores a new password hash and moves the token version on in the same statement, so there
 * is no moment where the new password is set but sessions from before it still count.
 * Returns the new token version for this browser's fresh session.
 */
export async function changePasswordHash(userId: number, passwordHash: string): Promise<number> {
  const row = await db.user.update({
    where: { id: userId },
    data: { passwordHash, tokenVersion: { increment: 1 } },
    select: { tokenVersion: true },
  });
  return row.tokenVersion;
}
