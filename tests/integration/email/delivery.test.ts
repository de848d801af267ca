import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from "vitest";
import { db } from "@/lib/db/client";
import { claimDueEmails, markEmailSent } from "@/lib/db/outbox";
import {
  CLAIM_LEASE_SECONDS,
  deliverDueEmails,
  MAX_ATTEMPTS,
  messageIdFor,
  type DeliveryOptions,
} from "@/lib/email/delivery";
import { enqueueEmail, InvalidEmailError, type OutgoingEmail } from "@/lib/email/outbox";
import { uniqueSuffix } from "@/tests/factories/unique";
import { startSmtpServer, type TestSmtpServer } from "./smtp-server";

// Delivery through a real SMTP server on loopback: what a receiving mail system gets, and what
// the outbox records, for commits, rollbacks, refusals, races and crashed workers.

await vi.hoisted(async () => {
  const { useOwnDatabase } = await import("./own-database");
  await useOwnDatabase();
});

const FROM = "Zonepress <no-reply@zonepress.test>";
let smtp: TestSmtpServer;

beforeAll(async () => {
  smtp = await startSmtpServer();
});
afterAll(async () => {
  await smtp.close();
});
beforeEach(async () => {
  smtp.received.length = 0;
  smtp.refuse({ times: 0, code: 0 });
  // Each test sees only its own messages: delivery takes whatever is due.
  await db.emailMessage.deleteMany();
});

function email(overrides: Partial<OutgoingEmail> = {}): OutgoingEmail {
  const suffix = uniqueSuffix();
  return {
    to: `reader-${suffix}@example.com`,
    subject: `New in Java ${suffix}`,
    html: `<p>Hello <a href="https://zonepress.test/zones/java">Java</a> ${suffix}</p>`,
    text: `Hello Java ${suffix}: https://zonepress.test/zones/java`,
    ...overrides,
  };
}

const enqueue = (message: OutgoingEmail) => db.$transaction((tx) => enqueueEmail(tx, message));

function options(overrides: Partial<DeliveryOptions> = {}): DeliveryOptions {
  return { transport: smtp.transport(), from: FROM, ...overrides };
}

const row = (id: number) => db.emailMessage.findUniqueOrThrow({ where: { id } });

/** Moves a message's next attempt (or its claim's end) into the past, as time passing would. */
const makeDue = (id: number) =>
  db.$executeRaw`UPDATE "EmailMessage" SET "sendAfter" = "sendAfter" - interval '2 hours' WHERE id = ${id}`;

describe("enqueueEmail", () => {
  it("writes nothing when the caller's transaction rolls back, so nothing is ever sent", async () => {
    const message = email();
    await expect(
      db.$transaction(async (tx) => {
        await enqueueEmail(tx, message);
        throw new Error("the change that caused the email failed");
      }),
    ).rejects.toThrow("the change that caused the email failed");

    const report = await deliverDueEmails(options());
    expect(report).toEqual({ sent: 0, captured: 0, retrying: 0, failed: 0 });
    expect(smtp.received).toHaveLength(0);
    expect(await db.emailMessage.count({ where: { to: message.to } })).toBe(0);
  });

  it("writes one message per dedupeKey and leaves the caller's transaction usable", async () => {
    const message = email({ dedupeKey: `digest:daily:${uniqueSuffix()}` });
    const [first, second, afterwards] = await db.$transaction(async (tx) => [
      await enqueueEmail(tx, message),
      await enqueueEmail(tx, { ...message, subject: "A second try" }),
      // Still inside the same transaction: a unique violation would have aborted it.
      await tx.emailMessage.count({ where: { dedupeKey: message.dedupeKey } }),
    ]);
    expect(first).toEqual({ id: expect.any(Number) });
    expect(second).toBeNull();
    expect(afterwards).toBe(1);
    expect(await enqueue(message)).toBeNull();
  });

  it("refuses a message built wrongly, header injection included, and writes nothing", async () => {
    await expect(enqueue(email({ to: "not an address" }))).rejects.toBeInstanceOf(InvalidEmailError);
    await expect(enqueue(email({ subject: "Hi\r\nBcc: victim@example.com" }))).rejects.toThrow(/subject/);
    await expect(enqueue(email({ headers: { "X-Note": "ok\r\nBcc: victim@example.com" } }))).rejects.toThrow(
      /headers/,
    );
    await expect(enqueue(email({ headers: { Bcc: "victim@example.com" } }))).rejects.toThrow(
      /delivery sets this header itself/,
    );
    expect(await db.emailMessage.count()).toBe(0);
  });
});

describe("deliverDueEmails over SMTP", () => {
  it("delivers a committed message once, with its bodies, custom headers and a stable Message-ID", async () => {
    const message = email({
      headers: {
        "List-Unsubscribe": "<https://zonepress.test/unsubscribe/t0ken>",
        "List-Unsubscribe-Post": "List-Unsubscribe=One-Click",
      },
      kind: "digest",
    });
    const created = await enqueue(message);

    expect(await deliverDueEmails(options())).toMatchObject({ sent: 1, retrying: 0, failed: 0 });
    expect(await deliverDueEmails(options())).toMatchObject({ sent: 0 });

    expect(smtp.received).toHaveLength(1);
    const [received] = smtp.received;
    expect(received!.headers["to"]).toBe(message.to);
    expect(received!.headers["from"]).toBe(FROM);
    expect(received!.headers["subject"]).toBe(message.subject);
    expect(received!.headers["list-unsubscribe"]).toBe("<https://zonepress.test/unsubscribe/t0ken>");
    expect(received!.headers["list-unsubscribe-post"]).toBe("List-Unsubscribe=One-Click");
    expect(received!.text.trim()).toBe(message.text);
    expect(received!.html).toContain('<a href="https://zonepress.test/zones/java">Java</a>');

    const stored = await row(created!.id);
    expect(stored.status).toBe("SENT");
    expect(stored.attempts).toBe(1);
    expect(stored.sentAt).toBeInstanceOf(Date);
    expect(Math.abs(stored.sentAt!.getTime() - Date.now())).toBeLessThan(60_000);
    expect(received!.headers["message-id"]).toBe(messageIdFor(stored, FROM));
    expect(received!.headers["message-id"]).toMatch(/^<outbox-\d+-[0-9a-z]+@zonepress\.test>$/);
  });

  it("waits for sendAfter", async () => {
    const later = await enqueue(email({ sendAfter: new Date(Date.now() + 3_600_000) }));
    expect(await deliverDueEmails(options())).toMatchObject({ sent: 0 });
    await makeDue(later!.id);
    expect(await deliverDueEmails(options())).toMatchObject({ sent: 1 });
    expect(smtp.received).toHaveLength(1);
  });

  it("retries after the server refuses once, with a backoff, and is received once", async () => {
    const created = await enqueue(email());
    smtp.refuse({ times: 1, code: 451 });

    expect(await deliverDueEmails(options())).toMatchObject({ sent: 0, retrying: 1 });
    const afterRefusal = await row(created!.id);
    expect(afterRefusal.status).toBe("PENDING");
    expect(afterRefusal.attempts).toBe(1);
    expect(afterRefusal.lastError).toMatch(/^451 \(DATA\) .*Try again later/);
    // The first retry waits 30 s.
    const wait = afterRefusal.sendAfter.getTime() - Date.now();
    expect(wait).toBeGreaterThan(20_000);
    expect(wait).toBeLessThanOrEqual(31_000);
    expect(await deliverDueEmails(options())).toMatchObject({ sent: 0, retrying: 0 });

    await makeDue(created!.id);
    expect(await deliverDueEmails(options())).toMatchObject({ sent: 1 });
    expect(smtp.received).toHaveLength(1);
    const delivered = await row(created!.id);
    expect(delivered).toMatchObject({ status: "SENT", attempts: 2, lastError: null });
  });

  it("marks a message FAILED after the last attempt, keeping the server's answer", async () => {
    const created = await enqueue(email());
    smtp.refuse({ times: 100, code: 421 });

    const report = await deliverDueEmails(options({ retryDelay: () => 0 }));
    expect(report).toMatchObject({ sent: 0, retrying: MAX_ATTEMPTS - 1, failed: 1 });
    const failed = await row(created!.id);
    expect(failed).toMatchObject({ status: "FAILED", attempts: MAX_ATTEMPTS, sentAt: null });
    expect(failed.lastError).toMatch(/^421 /);
    expect(await deliverDueEmails(options({ retryDelay: () => 0 }))).toMatchObject({ failed: 0 });
    expect(smtp.received).toHaveLength(0);
  });

  it("gives up at once when the server refuses the recipient for good", async () => {
    const created = await enqueue(email());
    smtp.refuse({ times: 1, code: 550, at: "rcpt" });
    expect(await deliverDueEmails(options())).toMatchObject({ failed: 1, retrying: 0 });
    expect(await row(created!.id)).toMatchObject({ status: "FAILED", attempts: 1 });
  });

  it("sends each message exactly once when several workers deliver at the same time", async () => {
    const messages = Array.from({ length: 24 }, () => email());
    for (const message of messages) await enqueue(message);

    const reports = await Promise.all([
      deliverDueEmails(options()),
      deliverDueEmails(options()),
      deliverDueEmails(options()),
    ]);
    expect(reports.reduce((n, report) => n + report.sent, 0)).toBe(24);
    // Every worker got a share of the work, so they really raced.
    expect(reports.filter((report) => report.sent > 0).length).toBeGreaterThan(1);

    const recipients = smtp.received.map((received) => received.headers["to"]).sort();
    expect(recipients).toEqual(messages.map((message) => message.to).sort());
    expect(new Set(smtp.received.map((received) => received.headers["message-id"])).size).toBe(24);
    expect(await db.emailMessage.count({ where: { status: "SENT" } })).toBe(24);
  });

  it("reclaims a message whose worker stopped mid-delivery once its claim has run out", async () => {
    const created = await enqueue(email());
    const [claimed] = await claimDueEmails({ limit: 1, leaseSeconds: CLAIM_LEASE_SECONDS, maxAttempts: 6 });
    expect(claimed!.id).toBe(created!.id);
    // The worker holding it "crashed": others leave it alone while the claim lasts.
    expect(await deliverDueEmails(options())).toMatchObject({ sent: 0 });
    expect((await row(created!.id)).status).toBe("SENDING");

    await makeDue(created!.id);
    expect(await deliverDueEmails(options())).toMatchObject({ sent: 1 });
    expect(await row(created!.id)).toMatchObject({ status: "SENT", attempts: 2 });
    // The crashed worker coming back late cannot overwrite the newer claim's outcome.
    expect(await markEmailSent(claimed!)).toBe(false);
    expect(smtp.received).toHaveLength(1);
  });

  it("fails a message whose last attempt was interrupted instead of trying a seventh time", async () => {
    const created = await enqueue(email());
    await db.emailMessage.update({ where: { id: created!.id }, data: { attempts: MAX_ATTEMPTS - 1 } });
    await claimDueEmails({ limit: 1, leaseSeconds: CLAIM_LEASE_SECONDS, maxAttempts: MAX_ATTEMPTS });
    await makeDue(created!.id);

    expect(await deliverDueEmails(options())).toMatchObject({ sent: 0 });
    const failed = await row(created!.id);
    expect(failed).toMatchObject({ status: "FAILED", attempts: MAX_ATTEMPTS });
    expect(failed.lastError).toMatch(/interrupted on the last attempt/);
    expect(smtp.received).toHaveLength(0);
  });

  it("captures without a transport: marked sent, nothing leaves", async () => {
    const created = await enqueue(email());
    expect(await deliverDueEmails(options({ transport: null }))).toMatchObject({ captured: 1, sent: 0 });
    expect(await row(created!.id)).toMatchObject({ status: "SENT", attempts: 1 });
    expect(smtp.received).toHaveLength(0);
  });
});
