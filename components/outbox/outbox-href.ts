import type { OutboxFilter } from "@/lib/db/outbox-admin";

/** `/editor/outbox` with the filter and page in the query string (defaults left out). */
export function outboxHref(filter: OutboxFilter, page = 1): string {
  const params = new URLSearchParams();
  if (filter !== "all") params.set("status", filter);
  if (page > 1) params.set("page", String(page));
  const search = params.toString();
  return search ? `/editor/outbox?${search}` : "/editor/outbox";
}
