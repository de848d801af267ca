import "server-only";
import {
  claimDueEmails,
  markEmailAttemptFailed,
  markEmailSent,
  settleOrphanedClaims,
  type ClaimedEmail,
} from "@/lib/db/outbox";
import { env } from "@/lib/env";
import { logger } from "@/lib/logger";
import { createSmtpTransport, type MailTransport } from "./transport";

// Delivery of the outbox (docs/architecture.md "Jobs and email"). Workers claim one due message
// at a time (lib/db/outbox.ts claimDueEmails: SKIP LOCKED, so concurrent workers never hold the
// same one), send it over SMTP and record the outcome. Guarantee: once, except for a message
// that was in flight when its worker died (claimed, perhaps accepted by SMTP, not yet marked
// SENT): that one is in doubt, and is settled at most once — as soon as any worker sees the dead
// worker's session gone it is marked FAILED "in doubt" and logged (email.in_doubt), never sent
// again. Only a live worker whose send outlasts the lease loses its claim to a re-send (with the
// same Message-ID, which lets receiving systems drop the duplicate).

export const MAX_ATTEMPTS = 6;
/** How long a claim holds: longer than the transport's timeouts allow one delivery to take. */
export const CLAIM_LEASE_SECONDS = 120;

/** Seconds before the attempt after `attempt` failed: 30 s, 1, 2, 4, 8 minutes… at most an hour. */
export function retryDelaySeconds(attempt: number): number {
  return Math.min(30 * 2 ** Math.max(0, attempt - 1), 3600);
}

export interface DeliveryOptions {
  /** null: capture (mark SENT without sending), the default without SMTP_URL. */
  transport: MailTransport | null;
  from: string;
  maxAttempts?: number;
  leaseSeconds?: number;
  retryDelay?: (attempt: number) => number;
  /** Checked between messages: true ends the run early (shutdown). */
  stopRequested?: () => boolean;
}

export interface DeliveryReport {
  sent: number;
  captured: number;
  retrying: number;
  failed: number;
}

/** The stable Message-ID of an outbox row: a re-send after a crash carries the same one. */
export function messageIdFor(message: Pick<ClaimedEmail, "id" | "createdAt">, from: string): string {
  const domain = /@([A-Za-z0-9.-]+)>?\s*$/.exec(from)?.[1] ?? "localhost";
  return `<outbox-${message.id}-${message.createdAt.getTime().toString(36)}@${domain}>`;
}

interface SmtpError {
  code?: string;
  responseCode?: number;
  command?: string;
  response?: string;
  message?: string;
}

/** A refusal that another attempt cannot fix: the server rejected the recipient or the content. */
function isPermanent(error: SmtpError): boolean {
  const code = error.responseCode ?? 0;
  return code >= 500 && code < 600 && (error.command === "RCPT TO" || error.command === "DATA");
}

/**
 * What an admin sees as the message's last error: the SMTP code and the server's answer, never
 * credentials (a URL's user:password is masked) and never longer than 500 characters.
 */
export function describeDeliveryError(error: unknown): string {
  const smtp = (typeof error === "object" && error !== null ? error : {}) as SmtpError;
  const parts = [
    smtp.responseCode ? String(smtp.responseCode) : smtp.code,
    smtp.command ? `(${smtp.command})` : undefined,
    smtp.response ?? smtp.message ?? String(error),
  ].filter(Boolean);
  return parts
    .join(" ")
    .replace(/\/\/[^/@\s]+@/g, "//***@")
    .replace(/\s+/g, " ")
    .slice(0, 500);
}

async function deliverOne(message: ClaimedEmail, options: DeliveryOptions, report: DeliveryReport) {
  const { transport, from } = options;
  const maxAttempts = options.maxAttempts ?? MAX_ATTEMPTS;
  if (!transport) {
    if (await markEmailSent(message)) report.captured += 1;
    logger.info({ emailId: message.id }, "email: captured (SMTP_URL is not set)");
    return;
  }
  try {
    await transport.sendMail({
      from,
      to: message.to,
      subject: message.subject,
      html: message.html,
      text: message.text,
      headers: message.headers,
      messageId: messageIdFor(message, from),
    });
  } catch (error) {
    const permanent = isPermanent(error as SmtpError);
    const last = permanent || message.attempt >= maxAttempts;
    const retryIn = last ? null : (options.retryDelay ?? retryDelaySeconds)(message.attempt);
    const description = describeDeliveryError(error);
    await markEmailAttemptFailed(message, description, retryIn);
    if (last) report.failed += 1;
    else report.retrying += 1;
    logger.warn(
      { emailId: message.id, attempt: message.attempt, retryInSeconds: retryIn, error: description },
      last ? "email: delivery failed for good" : "email: delivery failed, will retry",
    );
    return;
  }
  if (await markEmailSent(message)) report.sent += 1;
  else logger.warn({ emailId: message.id }, "email: sent after its claim had run out; it may arrive twice");
}

/** Delivers every message that is due now, one claim at a time, until none is left. */
export async function deliverDueEmails(options: DeliveryOptions): Promise<DeliveryReport> {
  const report: DeliveryReport = { sent: 0, captured: 0, retrying: 0, failed: 0 };
  for (const email of await settleOrphanedClaims()) {
    report.failed += 1;
    logger.warn(
      { event: "email.in_doubt", emailId: email.id, to: email.to, kind: email.kind },
      "email: in doubt after its worker died; not sent again",
    );
  }
  while (!options.stopRequested?.()) {
    const [message] = await claimDueEmails({
      limit: 1,
      leaseSeconds: options.leaseSeconds ?? CLAIM_LEASE_SECONDS,
      maxAttempts: options.maxAttempts ?? MAX_ATTEMPTS,
    });
    if (!message) break;
    await deliverOne(message, options, report);
  }
  return report;
}

// --- This process's delivery loop (workers) ------------------------------------------------

interface DeliveryState {
  transport?: MailTransport | null;
  running?: Promise<void>;
  again?: boolean;
  stopping?: boolean;
}
const state: DeliveryState = {};

function processTransport(): MailTransport | null {
  if (state.transport === undefined) {
    const url = env().SMTP_URL;
    state.transport = url ? createSmtpTransport(url) : null;
  }
  return state.transport;
}

/**
 * Delivers what is due, with SMTP_URL (or capturing without it). Calls while a run is going on
 * do not start a second one: they make the current run look again once it is done, since a
 * message may have been committed after its last claim found nothing.
 */
export function deliverOutbox(): Promise<void> {
  if (state.stopping) return Promise.resolve();
  if (state.running) {
    state.again = true;
    return state.running;
  }
  state.running = (async () => {
    try {
      do {
        state.again = false;
        const report = await deliverDueEmails({
          transport: processTransport(),
          from: env().EMAIL_FROM,
          stopRequested: () => Boolean(state.stopping),
        });
        if (report.sent + report.captured + report.retrying + report.failed > 0) {
          logger.info(report, "email: outbox delivery run");
        }
      } while (state.again && !state.stopping);
    } finally {
      state.running = undefined;
    }
  })();
  return state.running;
}

/** Lets the message being sent finish, then stops delivering and closes the SMTP connections. */
export async function stopOutboxDelivery(): Promise<void> {
  state.stopping = true;
  await state.running?.catch(() => undefined);
  state.transport?.close();
  state.transport = undefined;
  state.stopping = false;
}

export interface DeliveryMode {
  /** True without SMTP_URL: messages are kept in the outbox and marked sent, not sent anywhere. */
  capturing: boolean;
  /** The SMTP server's host:port (never its credentials), when there is one. */
  smtpServer: string | null;
  /** Whether this process delivers (WORKERS=inline) or leaves it to `npm run worker`. */
  workers: "inline" | "off";
}

export function deliveryMode(): DeliveryMode {
  const { SMTP_URL, WORKERS } = env();
  const url = SMTP_URL ? new URL(SMTP_URL) : null;
  return { capturing: !url, smtpServer: url ? url.host : null, workers: WORKERS };
}
