import type { Metadata } from "next";
import { OutboxView } from "@/components/outbox/outbox-view";
import { ADMIN_ROLES, requireRole } from "@/lib/auth/guards";
import { listOutbox, OUTBOX_FILTERS, type OutboxFilter } from "@/lib/db/outbox-admin";
import { deliveryMode } from "@/lib/email/delivery";
import { parsePageSegment } from "@/lib/pagination";

export const metadata: Metadata = { title: "Outbox", robots: { index: false } };

// Guarded before anything streams (the proxy already answers 404 to members and editors).
export const instant = false;

function single(value: string | string[] | undefined): string {
  return (Array.isArray(value) ? value[0] : value) ?? "";
}

export default async function EditorOutboxPage({ searchParams }: PageProps<"/editor/outbox">) {
  const admin = await requireRole(ADMIN_ROLES, "/editor/outbox");
  const params = await searchParams;
  const status = single(params.status);
  const filter: OutboxFilter = (OUTBOX_FILTERS as readonly string[]).includes(status)
    ? (status as OutboxFilter)
    : "all";
  const page = parsePageSegment(single(params.page)) ?? 1;
  const result = await listOutbox(filter, page);
  return <OutboxView filter={filter} result={result} mode={deliveryMode()} adminEmail={admin.email} />;
}
