import type { DeliveryMode } from "@/lib/email/delivery";

/** How this site delivers mail right now, so "Sent" and "Captured" mean what they say. */
export function DeliveryNotice({ mode }: { mode: DeliveryMode }) {
  return (
    <div className="border-surface-border bg-surface-sunken text-ink-soft mt-4 rounded-md border px-4 py-3 text-sm">
      {mode.capturing ? (
        <p>
          <strong className="text-ink">SMTP_URL is not set</strong>, so no email leaves this server: each
          message is marked <em>Captured</em> and kept here for you to read.
        </p>
      ) : (
        <p>
          Email is sent through <strong className="text-ink">{mode.smtpServer}</strong>. Failed attempts are
          retried with growing pauses; after six, a message is marked <em>Failed</em> and can be retried here.
        </p>
      )}
      {mode.workers === "off" && (
        <p className="mt-1">
          This app process does not deliver (WORKERS=off): messages go out while <code>npm run worker</code>{" "}
          runs.
        </p>
      )}
    </div>
  );
}
