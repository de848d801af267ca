import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { MessageView } from "@/components/outbox/message-view";
import { parseRouteId } from "@/lib/api/route-id";
import { ADMIN_ROLES, requireRole } from "@/lib/auth/guards";
import { getOutboxMessage } from "@/lib/db/outbox-admin";
import { deliveryMode, messageIdFor } from "@/lib/email/delivery";
import { env } from "@/lib/env";

export const metadata: Metadata = { title: "Outbox message", robots: { index: false } };

export const instant = false;

export default async function OutboxMessagePage({ params }: PageProps<"/editor/outbox/[id]">) {
  const { id: rawId } = await params;
  await requireRole(ADMIN_ROLES, `/editor/outbox/${encodeURIComponent(rawId)}`);
  const id = parseRouteId(rawId);
  const message = id === null ? null : await getOutboxMessage(id);
  if (!message) notFound();
  const from = env().EMAIL_FROM;
  return (
    <MessageView
      message={message}
      from={from}
      messageId={messageIdFor(message, from)}
      mode={deliveryMode()}
    />
  );
}
