import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { db } from "@/lib/db/client";
import { enqueueEmail } from "@/lib/email/outbox";
import { cancelJob, getBoss, sendJob } from "@/lib/jobs/boss";
import { QUEUES } from "@/lib/jobs/queues";
import { startWorkers, type Workers } from "@/lib/jobs/workers";
import { uniqueSuffix } from "@/tests/factories/unique";
import type { TestSmtpServer } from "../email/smtp-server";

// The workers of one process as the app runs them (WORKERS=inline): pg-boss on the app's
// database, the deliver-email handler, and the outbox listener, against a real SMTP server.

const smtp: TestSmtpServer = await vi.hoisted(async () => {
  const { useOwnDatabase } = await import("../email/own-database");
  const { startSmtpServer } = await import("../email/smtp-server");
  await useOwnDatabase();
  const server = await startSmtpServer();
  // Read once by lib/env.ts: set before anything reads it.
  process.env.SMTP_URL = server.url;
  process.env.EMAIL_FROM = "Zonepress <no-reply@zonepress.test>";
  return server;
});

let workers: Workers;

beforeAll(async () => {
  workers = await startWorkers();
});
afterAll(async () => {
  await workers?.stop();
  await smtp.close();
});

function email() {
  const suffix = uniqueSuffix();
  return { to: `worker-${suffix}@example.com`, subject: `Hello ${suffix}`, html: "<p>Hi</p>", text: "Hi" };
}

/** Polls until `check` holds or `timeoutMs` passes; returns how long it took. */
async function waitFor(check: () => boolean | Promise<boolean>, timeoutMs: number): Promise<number> {
  const started = Date.now();
  while (!(await check())) {
    if (Date.now() - started > timeoutMs) throw new Error(`not within ${timeoutMs} ms`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  return Date.now() - started;
}

const receivedBy = (to: string) => smtp.received.filter((message) => message.headers["to"] === to);

/** A due outbox row written without the commit-time NOTIFY, as if no worker had been listening. */
async function silentMessage(): Promise<string> {
  const { to, subject, html, text } = email();
  await db.emailMessage.create({ data: { to, subject, html, text } });
  return to;
}

describe("inline workers", () => {
  it("schedule the outbox sweep every minute", async () => {
    const boss = await getBoss();
    const schedules = await boss.getSchedules();
    expect(schedules.find((schedule) => schedule.name === QUEUES.deliverEmail)?.cron).toBe("* * * * *");
    // From here on only the jobs these tests send may deliver: a sweep at a minute's turn would
    // deliver the "silent" messages below on its own.
    await boss.unschedule(QUEUES.deliverEmail);
    await boss.purgeQueue("__pgboss__send-it"); // pg-boss's own queue of due cron occurrences
    await boss.purgeQueue(QUEUES.deliverEmail);
  });

  it("send a committed email within seconds of the commit, and never a rolled back one", async () => {
    const committed = email();
    const rolledBack = email();
    await expect(
      db.$transaction(async (tx) => {
        await enqueueEmail(tx, rolledBack);
        throw new Error("rolled back");
      }),
    ).rejects.toThrow("rolled back");
    await db.$transaction((tx) => enqueueEmail(tx, committed));

    // The NOTIFY at commit wakes the listener: no waiting for the minute's sweep.
    expect(await waitFor(() => receivedBy(committed.to).length === 1, 5_000)).toBeLessThan(5_000);
    // Give the rolled back one every chance to appear.
    await getBoss().then((boss) => boss.send(QUEUES.deliverEmail, {}));
    await new Promise((resolve) => setTimeout(resolve, 3_000));
    expect(receivedBy(rolledBack.to)).toHaveLength(0);
    expect(receivedBy(committed.to)).toHaveLength(1);
  });

  it("run a job sent with startAfter once its time has come, not before", async () => {
    const to = await silentMessage();
    const startAfter = new Date(Date.now() + 2_500);
    const id = await sendJob("deliverEmail", {}, { startAfter });
    expect(id).toEqual(expect.any(String));

    await new Promise((resolve) => setTimeout(resolve, 1_500));
    expect(receivedBy(to)).toHaveLength(0);
    await waitFor(() => receivedBy(to).length === 1, 8_000);
    expect(Date.now()).toBeGreaterThanOrEqual(startAfter.getTime());
    // pg-boss records the completion right after the handler returns.
    const boss = await getBoss();
    let state: string | undefined;
    await waitFor(async () => {
      state = (await boss.getJobById(QUEUES.deliverEmail, id!))?.state;
      return state === "completed";
    }, 5_000).catch(() => expect(state).toBe("completed"));
  });

  it("do not run a job that was cancelled before its time", async () => {
    const to = await silentMessage();
    const id = await sendJob(QUEUES.deliverEmail, {}, { startAfter: new Date(Date.now() + 2_000) });
    await cancelJob("deliverEmail", id!);

    await new Promise((resolve) => setTimeout(resolve, 5_000));
    expect(receivedBy(to)).toHaveLength(0);
    const job = await (await getBoss()).getJobById(QUEUES.deliverEmail, id!);
    expect(job?.state).toBe("cancelled");
    // Still in the outbox, for the next sweep.
    expect(await db.emailMessage.findFirst({ where: { to }, select: { status: true } })).toEqual({
      status: "PENDING",
    });
  });
});
