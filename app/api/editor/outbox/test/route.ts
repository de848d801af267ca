import { createElement } from "react";
import { testEmailSchema, type TestEmailResponse } from "@/components/outbox/test-email-input";
import { enqueueTestEmail } from "@/lib/db/outbox-admin";
import { renderEmail } from "@/lib/email/render";
import { TestEmail } from "@/lib/email/templates/test-email";
import { env } from "@/lib/env";
import { parseBody } from "@/lib/http/request";
import { outboxAdmin } from "../_lib/admin";

/**
 * POST /api/editor/outbox/test { to }: an admin queues a test email (audited as email.test) to
 * see delivery work end to end: captured in the outbox without SMTP_URL, sent with it.
 */
export async function POST(request: Request) {
  const actor = await outboxAdmin(request);
  if (actor instanceof Response) return actor;
  const parsed = await parseBody(request, testEmailSchema);
  if (!parsed.ok) return parsed.response;

  const siteName = env().SITE_NAME;
  const { html, text } = await renderEmail(createElement(TestEmail, { siteName, sentBy: actor.name }));
  const { id } = await enqueueTestEmail(actor.id, {
    to: parsed.data.to,
    subject: `Test email from ${siteName}`,
    html,
    text,
  });
  const body: TestEmailResponse = { message: { id, to: parsed.data.to } };
  return Response.json(body, { status: 201, headers: { "Cache-Control": "no-store" } });
}
