// Users with argon2id password hashes: one hash per demo password, and one shared hash of a
// random password for generated members (nobody can sign in as them).
import { hash } from "@node-rs/argon2";
import { randomBytes } from "node:crypto";
import type { ClientBase } from "pg";
import { renderMarkdown } from "@/lib/markdown/render";
import { bulkInsert, utc } from "./bulk-insert";
import { DEMO_LOGINS } from "./demo-logins";
import type { UserPlan } from "./users";

export async function writeUsers(client: ClientBase, users: readonly UserPlan[], now: Date): Promise<void> {
  const [demoHashes, sharedHash] = await Promise.all([
    Promise.all(DEMO_LOGINS.map((login) => hash(login.password))),
    hash(randomBytes(24).toString("base64url")),
  ]);
  // Bios repeat little, but render each distinct one once anyway.
  const bioHtml = new Map<string, string>();
  for (const user of users) {
    if (user.bio && !bioHtml.has(user.bio)) bioHtml.set(user.bio, (await renderMarkdown(user.bio)).html);
  }
  await bulkInsert(client, "User", [
    { name: "id", type: "int4", values: users.map((u) => u.id) },
    { name: "email", type: "text", values: users.map((u) => u.email) },
    { name: "username", type: "text", values: users.map((u) => u.username) },
    { name: "name", type: "text", values: users.map((u) => u.name) },
    { name: "bio", type: "text", values: users.map((u) => u.bio) },
    { name: "bioHtml", type: "text", values: users.map((u) => bioHtml.get(u.bio) ?? "") },
    {
      name: "passwordHash",
      type: "text",
      values: users.map((u) => (u.demoIndex === null ? sharedHash : demoHashes[u.demoIndex])),
    },
    { name: "role", type: '"Role"', values: users.map((u) => u.role) },
    { name: "isCore", type: "bool", values: users.map((u) => u.isCore) },
    { name: "emailVerified", type: "timestamp", values: users.map((u) => utc(u.createdAt)) },
    { name: "createdAt", type: "timestamp", values: users.map((u) => utc(u.createdAt)) },
    { name: "updatedAt", type: "timestamp", values: users.map(() => utc(now)) },
  ]);
  // Ids were written explicitly; move the sequence past them so sign-ups do not collide.
  await client.query(`SELECT setval(pg_get_serial_sequence('"User"', 'id'), (SELECT max("id") FROM "User"))`);
}
