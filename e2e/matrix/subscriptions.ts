import { origin, page, SIGNED_IN, SIGNED_OUT_API, SIGNED_OUT_PAGE, type Row } from "../support/matrix";

// Email subscriptions, confirmation and unsubscribe (issue 7). Subscribing by email, confirming
// and unsubscribing by token are open to everyone (the emailed token is the authority); a
// member's own choices need a session; running digests by hand is for admins only.

const EVERYONE = (status: number) =>
  ({
    anonymous: status,
    member: status,
    otherMember: status,
    editor: status,
    admin: status,
    suspended: status,
  }) as const;

/** A token of the right shape that was never issued. */
const UNKNOWN_TOKEN = "A".repeat(43);

export const subscriptionsRows: Row[] = [
  {
    action: "open Manage Email Subscriptions",
    send: page("/settings/subscriptions"),
    expect: { ...SIGNED_IN, ...SIGNED_OUT_PAGE },
  },
  {
    action: "read own choice for a zone (Subscribe button)",
    send: (ctx, f) => ctx.get(`/api/subscriptions/mine?target=ZONE&targetId=${f.zoneId}`),
    expect: EVERYONE(200),
  },
  {
    action: "save own subscription choices (unknown frequency → 422 once authorized)",
    send: (ctx, f) =>
      ctx.put("/api/subscriptions/mine", {
        data: { choices: [{ target: "ZONE", targetId: f.zoneId, frequency: "SOMETIMES" }] },
        headers: origin(),
      }),
    expect: { member: 422, otherMember: 422, editor: 422, admin: 422, ...SIGNED_OUT_API },
  },
  {
    action: "subscribe an address by email (invalid address → 422, open to all)",
    send: (ctx, f) =>
      ctx.post("/api/subscriptions", {
        data: { email: "not an address", frequency: "DAILY", target: "ZONE", targetId: f.zoneId },
        // Its own client address: the endpoint is rate-limited per IP.
        headers: { ...origin(), "x-forwarded-for": "10.216.0.1" },
      }),
    expect: EVERYONE(422),
  },
  {
    action: "open the confirmation page",
    send: page(`/subscriptions/confirm?token=${UNKNOWN_TOKEN}`),
    expect: EVERYONE(200),
  },
  {
    action: "confirm a subscription by token (unknown token → 404, open to all)",
    send: (ctx) =>
      ctx.post("/api/subscriptions/confirm", { data: { token: UNKNOWN_TOKEN }, headers: origin() }),
    expect: EVERYONE(404),
  },
  {
    action: "open the unsubscribe page",
    send: page(`/unsubscribe?token=${UNKNOWN_TOKEN}`),
    expect: EVERYONE(200),
  },
  {
    action: "one-click unsubscribe by token (unknown token → 404, open to all, any origin)",
    send: (ctx) =>
      ctx.post(`/api/unsubscribe?token=${UNKNOWN_TOKEN}`, {
        form: { "List-Unsubscribe": "One-Click" },
        headers: { origin: "https://mail.example" },
      }),
    expect: EVERYONE(404),
  },
  {
    action: "run digests now (unknown frequency → 422 once authorized)",
    send: (ctx) => ctx.post("/api/editor/digests", { data: { frequency: "HOURLY" }, headers: origin() }),
    expect: { member: 403, otherMember: 403, editor: 403, admin: 422, ...SIGNED_OUT_API },
  },
];
