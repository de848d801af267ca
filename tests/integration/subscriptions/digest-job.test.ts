import { afterAll, describe, expect, it, vi } from "vitest";

await vi.hoisted(async () => {
  const { useOwnDatabase } = await import("@/tests/integration/email/own-database");
  await useOwnDatabase();
});

import { db } from "@/lib/db/client";
import { DIGEST_CRON, dueFrequencies, scheduledRunAt } from "@/lib/digest/job";
import { sendJob } from "@/lib/jobs/boss";
import { QUEUES } from "@/lib/jobs/queues";
import { startWorkers, type Workers } from "@/lib/jobs/workers";
import { createZone } from "@/tests/factories/zones";
import { address, publish, subscribe } from "./fixtures";

// The digest as pg-boss runs it: the handler registered with the workers, its daily schedule,
// and the cut-off times that keep a retried run from mailing anyone twice.

describe("digest schedule", () => {
  it("cuts each run off at the latest scheduled time, so a retry sees the same window", () => {
    expect(scheduledRunAt(new Date("2026-03-04T09:30:00Z")).toISOString()).toBe("2026-03-04T07:00:00.000Z");
    expect(scheduledRunAt(new Date("2026-03-04T07:00:00Z")).toISOString()).toBe("2026-03-04T07:00:00.000Z");
    expect(scheduledRunAt(new Date("2026-03-04T06:59:00Z")).toISOString()).toBe("2026-03-03T07:00:00.000Z");
  });

  it("sends weekly digests with Monday's daily run", () => {
    expect(dueFrequencies(new Date("2026-03-02T07:00:00Z"))).toEqual(["DAILY", "WEEKLY"]); // a Monday
    expect(dueFrequencies(new Date("2026-03-03T07:00:00Z"))).toEqual(["DAILY"]);
  });
});

describe("the digest job in pg-boss", () => {
  let workers: Workers | undefined;
  afterAll(async () => {
    await workers?.stop();
  });

  it("is scheduled daily and, sent on demand, writes the digest that the workers then deliver", async () => {
    const zone = await createZone();
    const reader = address("job");
    await subscribe(reader, "ZONE", zone.id);
    await publish(zone.id, 5);

    workers = await startWorkers();
    const schedules = await db.$queryRaw<{ cron: string; timezone: string }[]>`
      SELECT cron, timezone FROM pgboss.schedule WHERE name = ${QUEUES.digest}`;
    expect(schedules).toEqual([{ cron: DIGEST_CRON, timezone: "UTC" }]);

    await sendJob("digest", { frequency: "DAILY", runAt: new Date().toISOString() });
    let message = null;
    for (let i = 0; i < 60 && !message; i++) {
      message = await db.emailMessage.findFirst({
        where: { to: reader, kind: "digest", status: "SENT" },
        select: { id: true },
      });
      if (!message) await new Promise((resolve) => setTimeout(resolve, 500));
    }
    // Without SMTP_URL the workers capture it (marked sent, shown in /editor/outbox).
    expect(message).not.toBeNull();
  });
});
