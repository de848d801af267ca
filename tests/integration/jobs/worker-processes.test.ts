import { spawn, type ChildProcess } from "node:child_process";
import { afterAll, beforeAll, expect, it, vi } from "vitest";
import { db } from "@/lib/db/client";
import { enqueueEmail } from "@/lib/email/outbox";
import { uniqueSuffix } from "@/tests/factories/unique";
import type { TestSmtpServer } from "../email/smtp-server";

// `npm run worker` as a scaled deployment runs it: two worker processes on one database at
// once, against a real SMTP server. Each message arrives exactly once, and SIGTERM stops both.

const { smtp, databaseUrl } = await vi.hoisted(async () => {
  const { useOwnDatabase } = await import("../email/own-database");
  const { startSmtpServer } = await import("../email/smtp-server");
  const database = await useOwnDatabase();
  return { smtp: (await startSmtpServer()) as TestSmtpServer, databaseUrl: database.url };
});

const root = process.cwd();
const workers: ChildProcess[] = [];
const output: string[] = [];

function startWorkerProcess(): ChildProcess {
  // What `npm run worker` runs, as one process (the tsx CLI would put a parent in front of it,
  // and a SIGKILL of that parent would leave the worker running).
  const child = spawn(
    process.execPath,
    ["--import", "tsx", "--conditions=react-server", "scripts/worker.ts"],
    {
      cwd: root,
      env: {
        ...process.env,
        NODE_ENV: "production",
        DATABASE_URL: databaseUrl,
        SMTP_URL: smtp.url,
        EMAIL_FROM: "Zonepress <no-reply@zonepress.test>",
        LOG_LEVEL: "info",
      },
      stdio: ["ignore", "pipe", "pipe"],
    },
  );
  child.stdout!.on("data", (chunk: Buffer) => output.push(chunk.toString()));
  child.stderr!.on("data", (chunk: Buffer) => output.push(chunk.toString()));
  workers.push(child);
  return child;
}

const exited = (child: ChildProcess) =>
  new Promise<number | null>((resolve) => {
    if (child.exitCode !== null || child.signalCode !== null) resolve(child.exitCode);
    else child.once("exit", (code) => resolve(code));
  });

async function waitFor(check: () => boolean, timeoutMs: number, what: string): Promise<void> {
  const started = Date.now();
  while (!check()) {
    if (Date.now() - started > timeoutMs)
      throw new Error(`${what} not within ${timeoutMs} ms:\n${output.join("")}`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

beforeAll(async () => {
  startWorkerProcess();
  startWorkerProcess();
  await waitFor(
    () => output.join("").split("jobs: workers started").length > 2,
    60_000,
    "two workers starting",
  );
}, 90_000);

afterAll(async () => {
  for (const child of workers) if (child.exitCode === null) child.kill("SIGKILL");
  await smtp.close();
});

it("two worker processes deliver every message exactly once and stop on SIGTERM", async () => {
  const recipients = Array.from({ length: 20 }, () => `scaled-${uniqueSuffix()}@example.com`);
  for (const to of recipients) {
    await db.$transaction((tx) =>
      enqueueEmail(tx, { to, subject: `For ${to}`, html: "<p>Hi</p>", text: "Hi" }),
    );
  }

  await waitFor(() => smtp.received.length >= 20, 30_000, "20 deliveries");
  // A duplicate would arrive right behind the original; give it the chance.
  await new Promise((resolve) => setTimeout(resolve, 2_000));
  expect(smtp.received.map((message) => message.headers["to"]).sort()).toEqual([...recipients].sort());
  expect(await db.emailMessage.count({ where: { status: "SENT" } })).toBe(20);

  for (const child of workers) child.kill("SIGTERM");
  const codes = await Promise.all(workers.map(exited));
  expect(codes).toEqual([143, 143]);
  expect(output.join("").split("jobs: workers stopped").length - 1).toBe(2);
  expect(output.join("")).not.toMatch(/"level":(50|60)/); // no error was logged on the way
}, 60_000);
