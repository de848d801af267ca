import { Breadcrumbs } from "@/components/ui/breadcrumbs";
import type { OutboxMessage } from "@/lib/db/outbox-admin";
import type { DeliveryMode } from "@/lib/email/delivery";
import { DateTime } from "./date-time";
import { StatusBadge } from "./status-badge";
import { RetryButton } from "./retry-button";

const headingClass = "text-ink border-surface-border mb-3 border-b pb-2 text-lg font-bold";

/**
 * One outbox message as delivery sees it: addressing and state, its extra headers, the text
 * body, and the HTML body in a sandboxed frame (no scripts, no same-origin access, no forms).
 */
export function MessageView({
  message,
  from,
  messageId,
  mode,
}: {
  message: OutboxMessage;
  from: string;
  messageId: string;
  mode: DeliveryMode;
}) {
  const facts: { label: string; value: React.ReactNode }[] = [
    { label: "Status", value: <StatusBadge status={message.status} captured={mode.capturing} /> },
    { label: "To", value: <span className="break-all">{message.to}</span> },
    { label: "From", value: from },
    { label: "Kind", value: message.kind },
    { label: "Written", value: <DateTime value={message.createdAt} /> },
    { label: "Attempts", value: String(message.attempts) },
    { label: "Message-ID", value: <code className="break-all">{messageId}</code> },
  ];
  if (message.status === "SENT" && message.sentAt) {
    facts.splice(5, 0, { label: "Sent", value: <DateTime value={message.sentAt} /> });
  } else if (message.status === "PENDING" || message.status === "SENDING") {
    // While SENDING, sendAfter is the end of the worker's claim: the latest retry time.
    facts.splice(5, 0, {
      label: "Next attempt",
      value: (
        <>
          not before <DateTime value={message.sendAfter} />
        </>
      ),
    });
  }
  if (message.dedupeKey)
    facts.push({ label: "Dedupe key", value: <code className="break-all">{message.dedupeKey}</code> });
  const headers = Object.entries(message.headers);

  return (
    <>
      <Breadcrumbs items={[{ name: "Outbox", href: "/editor/outbox" }, { name: message.subject }]} />
      <h1 className="text-ink mt-2 text-2xl font-extrabold break-words">{message.subject}</h1>

      <dl className="mt-6 grid gap-x-6 gap-y-2 text-sm sm:grid-cols-[10rem_1fr]">
        {facts.map((fact) => (
          <div key={fact.label} className="contents">
            <dt className="text-muted font-medium">{fact.label}</dt>
            <dd className="text-ink">{fact.value}</dd>
          </div>
        ))}
      </dl>

      {message.lastError && (
        <p className="mt-4 rounded-md border border-red-300 bg-red-50 px-3 py-2 text-sm text-red-800 dark:border-red-800 dark:bg-red-950 dark:text-red-200">
          <strong>Last error:</strong> {message.lastError}
        </p>
      )}
      <RetryButton id={message.id} failed={message.status === "FAILED"} />

      <section aria-labelledby="headers" className="mt-8">
        <h2 id="headers" className={headingClass}>
          Extra headers
        </h2>
        {headers.length === 0 ? (
          <p className="text-ink-soft text-sm">None: only the addressing headers above.</p>
        ) : (
          <dl className="grid gap-x-6 gap-y-2 text-sm sm:grid-cols-[14rem_1fr]">
            {headers.map(([name, value]) => (
              <div key={name} className="contents">
                <dt className="text-muted font-mono">{name}</dt>
                <dd className="text-ink font-mono break-all">{value}</dd>
              </div>
            ))}
          </dl>
        )}
      </section>

      <section aria-labelledby="html-body" className="mt-8">
        <h2 id="html-body" className={headingClass}>
          HTML body
        </h2>
        {/* sandbox="" : no scripts, no forms, no top navigation, an opaque origin. */}
        <iframe
          title={`HTML body of “${message.subject}”`}
          sandbox=""
          srcDoc={message.html}
          className="border-surface-border h-[36rem] w-full rounded-md border bg-white"
        />
      </section>

      <section aria-labelledby="text-body" className="mt-8">
        <h2 id="text-body" className={headingClass}>
          Text body
        </h2>
        <pre className="border-surface-border bg-surface-sunken text-ink overflow-x-auto rounded-md border p-4 text-sm whitespace-pre-wrap">
          {message.text}
        </pre>
      </section>
    </>
  );
}
