import { query } from "../support/database";
import { origin, page, SIGNED_OUT_API, SIGNED_OUT_PAGE, type Row } from "../support/matrix";

// Email: subscriptions, unsubscribe and the outbox (issue 7). The outbox is for admins only:
// its pages answer 404 to members and editors (lib/auth/gate.ts ADMIN_AREA), its actions 403.

/** One SENT message for the rows to open and try to retry (a retry of it is refused with 409). */
let sentMessage: Promise<number> | undefined;
const sentMessageId = () =>
  (sentMessage ??= query<{ id: number }>(
    `INSERT INTO "EmailMessage" ("to", subject, html, text, status, attempts, "sentAt")
     VALUES ('matrix@example.test', 'Matrix message', '<p>Hi</p>', 'Hi', 'SENT', 1, now()) RETURNING id`,
  ).then((rows) => rows[0]!.id));

const ADMIN_PAGE = { ...SIGNED_OUT_PAGE, member: 404, otherMember: 404, editor: 404, admin: 200 } as const;

export const emailRows: Row[] = [
  { action: "open the email outbox", send: page("/editor/outbox"), expect: ADMIN_PAGE },
  {
    action: "open a message in the outbox",
    send: async (ctx) => ctx.get(`/editor/outbox/${await sentMessageId()}`, { maxRedirects: 0 }),
    expect: ADMIN_PAGE,
  },
  {
    action: "retry an outbox message (already sent → 409 once authorized)",
    send: async (ctx) => ctx.post(`/api/editor/outbox/${await sentMessageId()}/retry`, { headers: origin() }),
    expect: { ...SIGNED_OUT_API, member: 403, otherMember: 403, editor: 403, admin: 409 },
  },
  {
    action: "retry an outbox message from another site (forged Origin)",
    send: async (ctx) =>
      ctx.post(`/api/editor/outbox/${await sentMessageId()}/retry`, {
        headers: { origin: "https://evil.example" },
      }),
    expect: { anonymous: 403, member: 403, otherMember: 403, editor: 403, admin: 403, suspended: 403 },
  },
  {
    action: "send a test email (invalid address → 422 once authorized)",
    send: (ctx) => ctx.post("/api/editor/outbox/test", { data: { to: "not an address" }, headers: origin() }),
    expect: { ...SIGNED_OUT_API, member: 403, otherMember: 403, editor: 403, admin: 422 },
  },
];
