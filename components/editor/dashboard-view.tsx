import Link from "next/link";
import { LocalTime } from "@/components/review/local-time";
import type { EditorDashboardCounts, ReviewQueue, ScheduledItem } from "@/lib/db/editor";
import { formatDate, formatNumber, pluralize } from "@/lib/format";
import { cellClass } from "./table-styles";
import { formatWaiting } from "./waiting-time";

/**
 * The editor dashboard: what waits for review, for how long, what is scheduled, and what went
 * out this week. Every submission links to its review page.
 */
export function DashboardView({
  counts,
  queue,
  scheduled,
  now,
}: {
  counts: EditorDashboardCounts;
  queue: ReviewQueue;
  scheduled: ScheduledItem[];
  now: Date;
}) {
  const stats = [
    { label: "Submissions waiting", value: formatNumber(counts.waiting) },
    {
      label: "Oldest waiting",
      value: counts.oldestSubmittedAt ? formatWaiting(counts.oldestSubmittedAt, now) : "Nothing waiting",
    },
    { label: "Published in the last 7 days", value: formatNumber(counts.publishedThisWeek) },
    { label: "Scheduled to publish", value: formatNumber(counts.scheduled) },
  ];
  return (
    <>
      <h1 className="text-ink text-2xl font-extrabold">Editor Dashboard</h1>
      <dl className="mt-6 grid grid-cols-2 gap-4 lg:grid-cols-4">
        {stats.map((stat) => (
          <div key={stat.label} className="border-surface-border bg-surface-sunken rounded-lg border p-4">
            <dt className="text-muted text-sm">{stat.label}</dt>
            <dd className="text-ink mt-1 text-2xl font-bold">{stat.value}</dd>
          </div>
        ))}
      </dl>

      <section aria-labelledby="review-queue" className="mt-10">
        <h2 id="review-queue" className="text-ink border-surface-border mb-4 border-b pb-2 text-lg font-bold">
          Review queue
        </h2>
        {queue.items.length === 0 ? (
          <p className="text-ink-soft">Nothing is waiting for review.</p>
        ) : (
          <div className="overflow-x-auto">
            <table className="w-full border-collapse text-sm">
              <caption className="text-muted mb-2 text-left">Oldest submission first</caption>
              <thead>
                <tr className="text-ink">
                  <th scope="col" className={cellClass}>
                    Title
                  </th>
                  <th scope="col" className={cellClass}>
                    Author
                  </th>
                  <th scope="col" className={cellClass}>
                    Zone
                  </th>
                  <th scope="col" className={cellClass}>
                    Waiting
                  </th>
                </tr>
              </thead>
              <tbody className="text-ink-soft">
                {queue.items.map((item) => (
                  <tr key={item.id}>
                    <td className={`${cellClass} text-ink font-medium`}>
                      <Link href={`/editor/review/${item.id}`} className="text-brand-600 hover:underline">
                        {item.title || "Untitled"}
                      </Link>
                    </td>
                    <td className={cellClass}>
                      {item.author ? (
                        <Link
                          href={`/users/${item.author.username}`}
                          className="text-brand-600 hover:underline"
                        >
                          {item.author.name}
                        </Link>
                      ) : (
                        "Former member"
                      )}
                    </td>
                    <td className={cellClass}>
                      <Link href={`/zones/${item.zone.slug}`} className="text-brand-600 hover:underline">
                        {item.zone.name}
                      </Link>
                    </td>
                    <td className={cellClass}>
                      {item.submittedAt ? (
                        <time
                          dateTime={item.submittedAt.toISOString()}
                          title={`Submitted ${formatDate(item.submittedAt)}`}
                        >
                          {formatWaiting(item.submittedAt, now)}
                        </time>
                      ) : (
                        "Unknown"
                      )}
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        )}
        {queue.more > 0 && (
          <p className="text-ink-soft mt-3 text-sm">
            …and {pluralize(queue.more, "more submission")} waiting, not shown here.
          </p>
        )}
      </section>

      <section aria-labelledby="scheduled-list" className="mt-10">
        <h2
          id="scheduled-list"
          className="text-ink border-surface-border mb-4 border-b pb-2 text-lg font-bold"
        >
          Scheduled to publish
        </h2>
        {scheduled.length === 0 ? (
          <p className="text-ink-soft">Nothing is scheduled.</p>
        ) : (
          <ul className="space-y-2 text-sm">
            {scheduled.map((item) => (
              <li key={item.id} className="flex flex-wrap items-baseline gap-x-2">
                <Link
                  href={`/editor/review/${item.id}`}
                  className="text-brand-600 font-medium hover:underline"
                >
                  {item.title || "Untitled"}
                </Link>
                <span className="text-muted">
                  by {item.author?.name ?? "Former member"} · publishes{" "}
                  <LocalTime iso={item.scheduledFor.toISOString()} />
                </span>
              </li>
            ))}
          </ul>
        )}
        <p className="mt-6 text-sm">
          <Link href="/editor/articles" className="text-brand-600 font-semibold hover:underline">
            Manage published articles →
          </Link>
        </p>
      </section>
    </>
  );
}
