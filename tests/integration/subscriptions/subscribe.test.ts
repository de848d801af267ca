import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from "vitest";

await vi.hoisted(async () => {
  const { useOwnDatabase } = await import("@/tests/integration/email/own-database");
  await useOwnDatabase();
});

import { POST as confirmRoute } from "@/app/api/subscriptions/confirm/route";
import { POST as subscribeRoute } from "@/app/api/subscriptions/route";
import { db } from "@/lib/db/client";
import { getConfirmation } from "@/lib/db/subscription-confirmations";
import { runDigest } from "@/lib/digest/run";
import { CONFIRMATION_SENT_MESSAGE } from "@/lib/subscriptions/policy";
import { SUBSCRIBE_LIMIT } from "@/lib/subscriptions/throttle";
import { createUser } from "@/tests/factories/users";
import { createZone } from "@/tests/factories/zones";
import { address, MINUTE, publish, subscribe } from "./fixtures";
import { linksIn, recipientOf, startLoopbackSmtp, type LoopbackSmtp, type ReceivedEmail } from "./smtp";

// Anonymous double opt-in through the real route handlers: the request, the confirmation email
// as it arrives over SMTP, the link it carries, and the confirm button's form post.

const ORIGIN = "http://localhost:3000";
let ipCounter = 0;

function subscribeRequest(body: unknown, options: { origin?: string; ip?: string } = {}): Request {
  return new Request(`${ORIGIN}/api/subscriptions`, {
    method: "POST",
    headers: {
      "Content-Type": "application/json",
      Origin: options.origin ?? ORIGIN,
      // A fresh client address per request unless a test is about one client.
      "X-Forwarded-For": options.ip ?? `198.51.100.${(ipCounter++ % 250) + 1}`,
    },
    body: JSON.stringify(body),
  });
}

function confirmForm(token: string): Request {
  return new Request(`${ORIGIN}/api/subscriptions/confirm`, {
    method: "POST",
    headers: { "Content-Type": "application/x-www-form-urlencoded", Origin: ORIGIN },
    body: new URLSearchParams({ token }).toString(),
  });
}

let smtp: LoopbackSmtp;
let zoneId: number;
beforeAll(async () => {
  smtp = await startLoopbackSmtp();
  zoneId = (await createZone({ name: "Opt-in Zone" })).id;
});
afterAll(async () => {
  await smtp.close();
});
beforeEach(() => {
  smtp.received.length = 0;
});

async function confirmationsTo(email: string) {
  await smtp.deliver();
  return smtp.received.filter((mail) => recipientOf(mail) === email);
}

function confirmToken(mail: ReceivedEmail) {
  const link = linksIn(mail).find((l) => l.startsWith(`${ORIGIN}/subscriptions/confirm?token=`));
  expect(link, "a confirmation link").toBeDefined();
  return new URL(link!).searchParams.get("token")!;
}

describe("anonymous subscribe → confirmation email → confirm", () => {
  it("sends a confirmation link that confirms the subscription when its button is used", async () => {
    const email = address("optin");
    const response = await subscribeRoute(
      subscribeRequest({ email: email.toUpperCase(), frequency: "DAILY", target: "ZONE", targetId: zoneId }),
    );
    expect(response.status).toBe(202);
    expect(await response.json()).toEqual({ message: CONFIRMATION_SENT_MESSAGE });
    const row = await db.subscription.findFirstOrThrow({ where: { email } });
    expect(row).toMatchObject({ target: "ZONE", targetId: zoneId, frequency: "DAILY", confirmedAt: null });

    const [mail] = await confirmationsTo(email);
    expect(mail!.headers["subject"]).toBe("Confirm your Zonepress email subscription");
    expect(mail!.text).toContain("The Opt-in Zone zone, daily");
    expect(mail!.headers["list-unsubscribe"]).toBeUndefined();
    const token = confirmToken(mail!);

    // The page the link opens says what will be confirmed, and confirms nothing by itself.
    expect(await getConfirmation(token)).toMatchObject({
      status: "valid",
      email,
      pending: [{ target: { name: "Opt-in Zone" }, frequency: "DAILY" }],
    });
    expect((await db.subscription.findUniqueOrThrow({ where: { id: row.id } })).confirmedAt).toBeNull();

    const confirmed = await confirmRoute(confirmForm(token));
    expect(confirmed.status).toBe(303);
    expect(confirmed.headers.get("location")).toBe(
      `${ORIGIN}/subscriptions/confirm?status=confirmed&count=1`,
    );
    const after = await db.subscription.findUniqueOrThrow({ where: { id: row.id } });
    expect(after.confirmedAt).not.toBeNull();
    expect(after.confirmTokenHash).toBeNull();

    // The link is used up.
    expect(await getConfirmation(token)).toEqual({ status: "unknown" });
    const reused = await confirmRoute(confirmForm(token));
    expect(reused.headers.get("location")).toBe(`${ORIGIN}/subscriptions/confirm?status=invalid`);

    // And from now on the address gets the zone's digest.
    await publish(zoneId, 0);
    expect((await runDigest("DAILY", new Date())).sent).toBeGreaterThanOrEqual(1);
    expect(await db.emailMessage.count({ where: { to: email, kind: "digest" } })).toBe(1);
  });

  it("sends at most one confirmation per address per 10 minutes, and one link confirms every request", async () => {
    const email = address("throttle");
    const otherZone = await createZone({ name: "Second Opt-in Zone" });
    const answers = [];
    for (const [target, frequency] of [
      [zoneId, "WEEKLY"],
      [zoneId, "DAILY"],
      [otherZone.id, "WEEKLY"],
    ] as const) {
      const response = await subscribeRoute(
        subscribeRequest({ email, frequency, target: "ZONE", targetId: target }),
      );
      answers.push({ status: response.status, body: await response.json() });
    }
    // Every request gets the same answer; only the first sends anything.
    expect(answers.every((a) => a.status === 202 && a.body.message === CONFIRMATION_SENT_MESSAGE)).toBe(true);
    const mails = await confirmationsTo(email);
    expect(mails).toHaveLength(1);
    expect(await db.emailMessage.count({ where: { to: email } })).toBe(1);

    // The one link lists and confirms both zones, with the latest frequency chosen.
    const token = confirmToken(mails[0]!);
    const state = await getConfirmation(token);
    expect(state.status === "valid" && state.pending.map((p) => [p.target.name, p.frequency])).toEqual([
      ["Opt-in Zone", "DAILY"],
      ["Second Opt-in Zone", "WEEKLY"],
    ]);
    await confirmRoute(confirmForm(token));
    expect(await db.subscription.count({ where: { email, confirmedAt: { not: null } } })).toBe(2);

    // Ten minutes later a new request may send again (here: for a third target).
    await db.subscription.updateMany({
      where: { email },
      data: { confirmSentAt: new Date(Date.now() - 11 * MINUTE) },
    });
    const thirdZone = await createZone();
    await subscribeRoute(
      subscribeRequest({ email, frequency: "DAILY", target: "ZONE", targetId: thirdZone.id }),
    );
    expect(await confirmationsTo(email)).toHaveLength(2);
  });

  it("answers the same for a member's address and a confirmed one, and sends nothing for the latter", async () => {
    const member = await createUser();
    const confirmed = address("confirmed");
    await subscribe(confirmed, "ZONE", zoneId, { frequency: "WEEKLY" });
    const bodies = [];
    for (const email of [address("unknown"), member.email, confirmed]) {
      const response = await subscribeRoute(
        subscribeRequest({ email, frequency: "DAILY", target: "ZONE", targetId: zoneId }),
      );
      bodies.push([response.status, await response.text()]);
    }
    expect(new Set(bodies.map((b) => JSON.stringify(b))).size).toBe(1);
    // A stranger cannot change a confirmed subscription or mail its owner.
    expect(await db.subscription.findFirstOrThrow({ where: { email: confirmed } })).toMatchObject({
      frequency: "WEEKLY",
    });
    expect(await db.emailMessage.count({ where: { to: confirmed } })).toBe(0);
    // The member's address is treated like any other: confirmed by link, not by knowing it.
    expect(await db.subscription.findFirstOrThrow({ where: { email: member.email } })).toMatchObject({
      confirmedAt: null,
    });
  });

  it("adopts a confirmed address into the member account with that email", async () => {
    const member = await createUser();
    await subscribeRoute(
      subscribeRequest({ email: member.email, frequency: "DAILY", target: "ZONE", targetId: zoneId }),
    );
    const token = confirmToken((await confirmationsTo(member.email))[0]!);
    await confirmRoute(confirmForm(token));
    expect(await db.subscription.findFirstOrThrow({ where: { email: member.email } })).toMatchObject({
      userId: member.id,
    });
  });

  it("refuses an expired link and leaves the request unconfirmed", async () => {
    const email = address("expired");
    await subscribeRoute(subscribeRequest({ email, frequency: "DAILY", target: "ZONE", targetId: zoneId }));
    const token = confirmToken((await confirmationsTo(email))[0]!);
    await db.subscription.updateMany({
      where: { email },
      data: { confirmSentAt: new Date(Date.now() - 8 * 24 * 60 * MINUTE) },
    });
    expect(await getConfirmation(token)).toEqual({ status: "expired" });
    const response = await confirmRoute(confirmForm(token));
    expect(response.headers.get("location")).toBe(`${ORIGIN}/subscriptions/confirm?status=expired`);
    expect(await db.subscription.count({ where: { email, confirmedAt: { not: null } } })).toBe(0);
  });

  it("names bad fields, refuses unknown targets and cross-site posts", async () => {
    const bad = await subscribeRoute(
      subscribeRequest({ email: "not an address", frequency: "HOURLY", target: "ZONE", targetId: zoneId }),
    );
    expect(bad.status).toBe(422);
    expect((await bad.json()).errors).toEqual({
      email: "Enter an email address like name@example.com",
      frequency: "Choose daily or weekly",
    });
    const unknown = await subscribeRoute(
      subscribeRequest({ email: address(), frequency: "DAILY", target: "ZONE", targetId: 2_000_000_000 }),
    );
    expect(unknown.status).toBe(404);
    const noTarget = await subscribeRoute(
      subscribeRequest({ email: address(), frequency: "DAILY", target: "ZONE" }),
    );
    expect(noTarget.status).toBe(422);
    const crossSite = await subscribeRoute(
      subscribeRequest(
        { email: address(), frequency: "DAILY", target: "ZONE", targetId: zoneId },
        { origin: "https://evil.example" },
      ),
    );
    expect(crossSite.status).toBe(403);
  });

  it("limits requests per client address", async () => {
    const ip = "203.0.113.77";
    for (let i = 0; i < SUBSCRIBE_LIMIT.points; i++) {
      const response = await subscribeRoute(
        subscribeRequest(
          { email: address("limit"), frequency: "DAILY", target: "ZONE", targetId: zoneId },
          { ip },
        ),
      );
      expect(response.status).toBe(202);
    }
    const refused = await subscribeRoute(
      subscribeRequest(
        { email: address("limit"), frequency: "DAILY", target: "ZONE", targetId: zoneId },
        { ip },
      ),
    );
    expect(refused.status).toBe(429);
    expect(Number(refused.headers.get("retry-after"))).toBeGreaterThan(0);
  });

  it("forgets requests nobody confirmed once their link has expired", async () => {
    const { purgeUnconfirmed } = await import("@/lib/db/subscription-confirmations");
    const stale = address("stale");
    const fresh = address("fresh");
    await subscribe(stale, "ZONE", zoneId, { confirmedAt: null });
    await subscribe(fresh, "ZONE", zoneId, { confirmedAt: null });
    await db.subscription.updateMany({
      where: { email: stale },
      data: { createdAt: new Date(Date.now() - 8 * 24 * 60 * MINUTE) },
    });
    await purgeUnconfirmed();
    expect(await db.subscription.count({ where: { email: stale } })).toBe(0);
    expect(await db.subscription.count({ where: { email: fresh } })).toBe(1);
  });
});
