import "server-only";
import nodemailer, { type SendMailOptions, type TransportOptions } from "nodemailer";

/** What delivery needs from a mail transport (nodemailer's, or a test's). */
export interface MailTransport {
  sendMail(message: SendMailOptions): Promise<unknown>;
  close(): void;
}

/**
 * A pooled nodemailer SMTP transport for SMTP_URL (smtp://user:pass@host:587, smtps://… for
 * implicit TLS; nodemailer reads further settings from the URL's query). The timeouts keep one
 * delivery well inside the outbox claim (lib/email/delivery.ts CLAIM_LEASE_SECONDS), so a slow
 * server makes a message fail and retry rather than be claimed twice.
 */
export function createSmtpTransport(url: string): MailTransport {
  return nodemailer.createTransport({
    url,
    pool: true,
    maxConnections: 2,
    connectionTimeout: 15_000,
    greetingTimeout: 15_000,
    socketTimeout: 45_000,
  } as TransportOptions);
}
