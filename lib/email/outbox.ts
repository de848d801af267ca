import "server-only";

// Where email-sending code gets the outbox: writing a message only needs the caller's
// transaction, never pg-boss (delivery is lib/email/delivery.ts). The Prisma part lives in
// lib/db/outbox.ts, since only lib/db touches the client.
export { enqueueEmail, InvalidEmailError, type OutgoingEmail } from "@/lib/db/outbox";
