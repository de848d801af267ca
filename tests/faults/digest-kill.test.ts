import { afterAll, beforeAll, expect, it, vi } from "vitest";
import type { TestSmtpServer } from "@/tests/integration/email/smtp-server";
import { spawnWorker, type WorkerProcess } from "./helpers/worker-process";
import { sleep, waitFor } from "./helpers/wait";

// kill -9 of the worker in the middle of a digest run (issue 10), at several points of the run,
// against a real SMTP server on loopback. Guarantee (docs/architecture.md "Failure handling"):
// no message is ever sent twice (per recipient and per Message-ID); every subscriber gets their
// digest, except a message that was in flight when the worker died: it is in doubt (SMTP may
// or may not have accepted it), is marked FAILED "in doubt", logged, and never re-sent, so its
// recipient gets it at most once. The restarted worker finishes the run promptly: the dead
// worker's claim is settled at once (no 120 s lease wait) and a digest job it left "active"
// is rerun at start (no 15-minute expiry wait).

const { smtp, databaseUrl } = await vi.hoisted(async () => {
  const { useOwnDatabase } = await import("@/tests/integration/email/own-database");
  const { startSmtpServer } = await import("@/tests/integration/email/smtp-server");
  const database = await useOwnDatabase();
  return { smtp: (await startSmtpServer()) as TestSmtpServer, databaseUrl: database.url };
});

import { db } from "@/lib/db/client";
import { sendJob, stopBoss } from "@/lib/jobs/boss";
import { createZone } from "@/tests/factories/zones";
import { address, publish, subscribe } from "@/tests/integration/subscriptions/fixtures";

const SUBSCRIBERS = 200;
/** Kill once this many digests of the round have reached the SMTP server. */
const KILL_AFTER = [3, 60, 140];
const FINISH_LIMIT_MS = 90_000;

const output: string[] = [];
const workerEnv = {
  DATABASE_URL: databaseUrl,
  SMTP_URL: smtp.url,
  EMAIL_FROM: "Zonepress <digest@zonepress.test>",
};
let worker: WorkerProcess | null = null;
let zoneId = 0;
const recipients: string[] = [];

async function startWorker(): Promise<void> {
  const before = output.join("").split("jobs: workers started").length;
  worker = spawnWorker(workerEnv, output);
  await waitFor(() => output.join("").split("jobs: workers started").length > before, 60_000, "worker start");
}

beforeAll(async () => {
  zoneId = (await createZone()).id;
  for (let i = 0; i < SUBSCRIBERS; i++) {
    const email = address(`digest-${String(i).padStart(3, "0")}`);
    recipients.push(email);
    await subscribe(email, "ZONE", zoneId);
  }
  await startWorker();
}, 120_000);

afterAll(async () => {
  if (worker && worker.child.exitCode === null) worker.child.kill("SIGKILL");
  await stopBoss();
  await db.$disconnect();
  await smtp.close();
}, 30_000);

it("kill -9 at several points of a digest run: nothing sent twice, the run completes", async () => {
  const figures: string[] = [];
  for (const [round, killAfter] of KILL_AFTER.entries()) {
    const first = smtp.received.length;
    const ofRound = () => smtp.received.slice(first);
    await publish(zoneId, 0, { title: `Round ${round + 1} news` });
    await sleep(20);
    const runAt = new Date().toISOString();
    await sendJob("digest", { frequency: "DAILY", runAt });

    await waitFor(() => ofRound().length >= killAfter, 60_000, `${killAfter} digests received`);
    worker!.child.kill("SIGKILL");
    await worker!.exited;
    const atKill = ofRound().length;
    const killedAt = Date.now();
    await startWorker();

    const rows = () =>
      db.emailMessage.findMany({
        where: { kind: "digest", dedupeKey: { endsWith: `:${runAt}` } },
        select: { to: true, status: true, lastError: true },
      });
    await waitFor(
      async () => {
        const now = await rows();
        return now.length === SUBSCRIBERS && now.every((r) => r.status === "SENT" || r.status === "FAILED");
      },
      FINISH_LIMIT_MS,
      `round ${round + 1}: every digest written and settled:\n${output.join("").slice(-3000)}`,
    );
    const finishedMs = Date.now() - killedAt;
    const settled = await rows();
    const inDoubt = settled.filter((r) => r.status === "FAILED");
    const perRecipient = new Map<string, number>();
    for (const message of ofRound()) {
      const to = /<?([^<>\s]+@[^<>\s]+)>?$/.exec(message.headers.to ?? "")?.[1] ?? "";
      perRecipient.set(to, (perRecipient.get(to) ?? 0) + 1);
    }
    const messageIds = ofRound().map((m) => m.headers["message-id"]);
    const twice = [...perRecipient.values()].filter((n) => n > 1).length;
    const missing = recipients.filter((email) => !perRecipient.has(email));
    figures.push(
      `round=${round + 1} kill_after=${killAfter} received_at_kill=${atKill} received=${ofRound().length} ` +
        `in_doubt=${inDoubt.length} missing=${missing.length} sent_twice=${twice} finished_ms=${finishedMs}`,
    );

    // Nothing twice: per recipient and per Message-ID.
    expect(twice).toBe(0);
    expect(new Set(messageIds).size).toBe(messageIds.length);
    expect([...perRecipient.keys()].every((to) => recipients.includes(to))).toBe(true);
    // One kill, one message in flight at most: the only possible in-doubt one, marked and logged.
    expect(inDoubt.length).toBeLessThanOrEqual(1);
    for (const row of inDoubt) {
      expect(row.lastError).toMatch(/^In doubt:/);
      expect(output.join("")).toContain(`"to":"${row.to}"`);
    }
    // Everyone else got exactly one; a missing recipient can only be the in-doubt one.
    for (const email of missing) expect(inDoubt.map((r) => r.to)).toContain(email);
    expect(ofRound().length + missing.length).toBe(SUBSCRIBERS);
    expect(settled.filter((r) => r.status === "SENT")).toHaveLength(SUBSCRIBERS - inDoubt.length);
  }
  console.log(`faults: digest-kill subscribers=${SUBSCRIBERS}\n${figures.map((f) => `  ${f}`).join("\n")}`);
}, 420_000);
