import { z } from "zod";
import { nameSchema, newPasswordSchema, usernameSchema } from "./account";

// Edit Profile and account settings inputs, shared by the settings forms (limits, hints) and
// the route handlers under app/api/account.

/** Bios are short: the longest one rendered costs a few milliseconds, never seconds. */
export const BIO_MAX_LENGTH = 1000;

export const profileSchema = z.object({
  name: nameSchema,
  username: usernameSchema,
  bio: z
    .string({ error: "Enter a bio or leave it empty" })
    .trim()
    .max(BIO_MAX_LENGTH, { error: `Use at most ${BIO_MAX_LENGTH} characters` })
    .default(""),
});

export type ProfileInput = z.infer<typeof profileSchema>;

export const changePasswordSchema = z.object({
  currentPassword: z
    .string({ error: "Enter your current password" })
    .min(1, { error: "Enter your current password" })
    .max(200, { error: "Use at most 200 characters" }),
  newPassword: newPasswordSchema,
});

/**
 * Deleting an account: what happens to the articles is a required choice, and the member
 * confirms with their password (or, without one, by typing their username).
 */
export const deleteAccountSchema = z.object({
  articles: z.enum(["keep", "delete"], { error: "Choose what happens to your articles" }),
  password: z.string().max(200, { error: "Use at most 200 characters" }).optional(),
  confirmUsername: z.string().max(100, { error: "Use at most 100 characters" }).optional(),
});

export type DeleteAccountInput = z.infer<typeof deleteAccountSchema>;
