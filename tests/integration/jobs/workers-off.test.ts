import { afterAll, expect, it, vi } from "vitest";
import { db } from "@/lib/db/client";
import { enqueueEmail } from "@/lib/email/outbox";
import { getBoss, sendJob, stopBoss } from "@/lib/jobs/boss";
import { startInlineWorkers } from "@/lib/jobs/lifecycle";
import { QUEUES } from "@/lib/jobs/queues";

// WORKERS=off: the app process enqueues (outbox messages, jobs) and runs nothing itself.

await vi.hoisted(async () => {
  const { useOwnDatabase } = await import("../email/own-database");
  await useOwnDatabase();
  process.env.WORKERS = "off"; // read once by lib/env.ts
});

afterAll(() => stopBoss());

it("starts no workers, yet messages and jobs can still be enqueued", async () => {
  expect(await startInlineWorkers()).toBeNull();
  const [schema] = await db.$queryRaw<
    { exists: boolean }[]
  >`SELECT to_regnamespace('pgboss') IS NOT NULL AS exists`;
  expect(schema!.exists).toBe(false);

  await db.$transaction((tx) =>
    enqueueEmail(tx, { to: "off@example.com", subject: "Waiting", html: "<p>Hi</p>", text: "Hi" }),
  );
  const id = await sendJob("deliverEmail", {});
  expect(id).toEqual(expect.any(String));

  await new Promise((resolve) => setTimeout(resolve, 3_000));
  expect((await (await getBoss()).getJobById(QUEUES.deliverEmail, id!))?.state).toBe("created");
  expect(
    await db.emailMessage.findFirst({ where: { to: "off@example.com" }, select: { status: true } }),
  ).toEqual({
    status: "PENDING",
  });
  // Enqueue-only: no cron schedules were registered by this process.
  expect(await (await getBoss()).getSchedules()).toEqual([]);
});
