import Link from "next/link";
import { cellClass } from "@/components/editor/table-styles";
import { RunDigestForm } from "@/components/subscriptions/run-digest-form";
import { OUTBOX_FILTERS, type OutboxFilter, type OutboxPage } from "@/lib/db/outbox-admin";
import type { DeliveryMode } from "@/lib/email/delivery";
import { formatNumber, pluralize } from "@/lib/format";
import { DateTime } from "./date-time";
import { DeliveryNotice } from "./delivery-notice";
import { outboxHref } from "./outbox-href";
import { StatusBadge } from "./status-badge";
import { TestEmailForm } from "./test-email-form";

const filterLabels: Record<OutboxFilter, string> = {
  all: "All",
  pending: "Pending",
  sent: "Sent",
  failed: "Failed",
};

const pagerLinkClass =
  "border-surface-border hover:border-brand-500 hover:text-brand-600 rounded-md border px-3 py-1.5 text-sm";

/** /editor/outbox: how mail is delivered, a test email, and the messages newest first. */
export function OutboxView({
  filter,
  result,
  mode,
  adminEmail,
}: {
  filter: OutboxFilter;
  result: OutboxPage;
  mode: DeliveryMode;
  adminEmail: string;
}) {
  const { messages, counts, page, pages, total } = result;
  return (
    <>
      <h1 className="text-ink text-2xl font-extrabold">Outbox</h1>
      <DeliveryNotice mode={mode} />

      <section aria-labelledby="test-email" className="mt-8">
        <h2 id="test-email" className="text-ink mb-3 text-lg font-bold">
          Test delivery
        </h2>
        <TestEmailForm defaultTo={adminEmail} />
      </section>

      <section aria-labelledby="digests" className="mt-8">
        <h2 id="digests" className="text-ink mb-1 text-lg font-bold">
          Digests
        </h2>
        <p className="text-ink-soft mb-3 text-sm">
          Daily digests go out every day at 07:00 UTC, weekly ones on Mondays. Send the ones due now without
          waiting; each address only gets articles it has not had yet.
        </p>
        <RunDigestForm />
      </section>

      <section aria-labelledby="messages" className="mt-10">
        <h2 id="messages" className="text-ink border-surface-border mb-4 border-b pb-2 text-lg font-bold">
          Messages
        </h2>
        <nav aria-label="Filter by status">
          <ul className="flex flex-wrap gap-2 text-sm">
            {OUTBOX_FILTERS.map((value) => (
              <li key={value}>
                <Link
                  href={outboxHref(value)}
                  aria-current={value === filter ? "page" : undefined}
                  className={`inline-block rounded-full border px-3 py-1 font-semibold ${
                    value === filter
                      ? "border-brand-600 bg-brand-50 text-brand-700"
                      : "border-surface-border text-ink-soft hover:border-brand-500 hover:text-brand-700"
                  }`}
                >
                  {filterLabels[value]} <span className="font-normal">({formatNumber(counts[value])})</span>
                </Link>
              </li>
            ))}
          </ul>
        </nav>

        <p className="text-ink-soft mt-4 text-sm" aria-live="polite">
          {pluralize(total, filter === "all" ? "message" : `${filterLabels[filter].toLowerCase()} message`)}
          {pages > 1 && ` — page ${formatNumber(page)} of ${formatNumber(pages)}`}
        </p>

        {messages.length === 0 ? (
          <p className="text-ink-soft mt-4">
            {total === 0
              ? filter === "all"
                ? "No email has been written yet."
                : `No ${filterLabels[filter].toLowerCase()} messages.`
              : "There are no messages on this page."}
          </p>
        ) : (
          <div className="mt-4 overflow-x-auto">
            <table className="w-full border-collapse text-sm">
              <caption className="sr-only">Emails, newest first</caption>
              <thead>
                <tr className="text-ink">
                  {["Subject", "To", "Kind", "Status", "Written"].map((heading) => (
                    <th key={heading} scope="col" className={cellClass}>
                      {heading}
                    </th>
                  ))}
                </tr>
              </thead>
              <tbody className="text-ink-soft">
                {messages.map((message) => (
                  <tr key={message.id}>
                    <td className={cellClass}>
                      <Link
                        href={`/editor/outbox/${message.id}`}
                        className="text-brand-600 font-medium break-words hover:underline"
                      >
                        {message.subject}
                      </Link>
                    </td>
                    <td className={`${cellClass} break-all`}>{message.to}</td>
                    <td className={cellClass}>{message.kind}</td>
                    <td className={cellClass}>
                      <StatusBadge status={message.status} captured={mode.capturing} />
                      {message.attempts > 1 && (
                        <span className="text-muted block text-xs">
                          {pluralize(message.attempts, "attempt")}
                        </span>
                      )}
                    </td>
                    <td className={`${cellClass} whitespace-nowrap`}>
                      <DateTime value={message.createdAt} />
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        )}

        {pages > 1 && (
          <nav aria-label="Pagination" className="mt-6 flex flex-wrap items-center gap-2">
            {page > 1 && (
              <Link
                href={outboxHref(filter, Math.min(page - 1, pages))}
                rel="prev"
                className={pagerLinkClass}
              >
                Previous
              </Link>
            )}
            {page < pages && (
              <Link href={outboxHref(filter, page + 1)} rel="next" className={pagerLinkClass}>
                Next
              </Link>
            )}
          </nav>
        )}
      </section>
    </>
  );
}
