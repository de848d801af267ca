import { z } from "zod";

// The "Send a test email" form of /editor/outbox, shared by the form and its route handler.
export const testEmailSchema = z.strictObject({
  to: z
    .string({ error: "Enter an email address" })
    .trim()
    .min(1, "Enter an email address")
    .max(320, "Keep the address under 320 characters")
    .pipe(z.email({ error: "Enter an email address like name@example.com" })),
});

export type TestEmailInput = z.infer<typeof testEmailSchema>;

export interface TestEmailResponse {
  message: { id: number; to: string };
}
