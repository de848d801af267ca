import "server-only";
import { db } from "./client";

/** Members shown in the header: active (not suspended) accounts. */
export async function countMembers(): Promise<number> {
  return db.user.count({ where: { suspendedAt: null } });
}
