import { z } from "zod";

// Field rules for accounts, shared by Join, Edit Profile and the route handlers, so the browser
// and the server give the same message for the same mistake.

/** Paths under /users/ that are not profiles, and names that would mislead readers. */
const RESERVED_USERNAMES = new Set([
  "admin",
  "administrator",
  "editor",
  "editors",
  "moderator",
  "root",
  "system",
  "support",
  "help",
  "zonepress",
  "staff",
  "team",
  "security",
  "abuse",
  "postmaster",
  "webmaster",
  "api",
  "feed",
  "rss",
  "page",
  "new",
  "edit",
  "settings",
  "login",
  "logout",
  "join",
  "me",
  "null",
  "undefined",
  "former-member",
  "anonymous",
]);

export const USERNAME_PATTERN = /^[a-z0-9](?:[a-z0-9-]*[a-z0-9])?$/;

export const nameSchema = z
  .string({ error: "Enter your name" })
  .trim()
  .min(1, { error: "Enter your name" })
  .max(80, { error: "Use at most 80 characters" });

export const usernameSchema = z
  .string({ error: "Choose a username" })
  .trim()
  .toLowerCase()
  .min(3, { error: "Use at least 3 characters" })
  .max(30, { error: "Use at most 30 characters" })
  .regex(USERNAME_PATTERN, {
    error: "Use lowercase letters, digits and single hyphens, starting and ending with a letter or digit",
  })
  .refine((value) => !value.includes("--"), { error: "Use single hyphens only" })
  .refine((value) => !RESERVED_USERNAMES.has(value), { error: "This username is reserved; choose another" });

export const emailSchema = z
  .string({ error: "Enter your email address" })
  .trim()
  .toLowerCase()
  .min(1, { error: "Enter your email address" })
  .max(254, { error: "Use at most 254 characters" })
  .pipe(z.email({ error: "Enter an email address like name@example.com" }));

/** Checked for length here; strength (common passwords) is checked on the server. */
export const newPasswordSchema = z
  .string({ error: "Choose a password" })
  .min(10, { error: "Use at least 10 characters" })
  .max(200, { error: "Use at most 200 characters" });

export const joinSchema = z.object({
  name: nameSchema,
  username: usernameSchema,
  email: emailSchema,
  password: newPasswordSchema,
  next: z.string().max(2000).optional(),
});

export type JoinInput = z.infer<typeof joinSchema>;

export const loginSchema = z.object({
  email: z
    .string({ error: "Enter your email address" })
    .trim()
    .min(1, { error: "Enter your email address" })
    .max(254, { error: "Use at most 254 characters" }),
  password: z
    .string({ error: "Enter your password" })
    .min(1, { error: "Enter your password" })
    .max(200, { error: "Use at most 200 characters" }),
  next: z.string().max(2000).optional(),
});

export type LoginInput = z.infer<typeof loginSchema>;
