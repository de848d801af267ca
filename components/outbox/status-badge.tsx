import type { EmailStatus } from "@/lib/db/outbox";

const labels: Record<EmailStatus, string> = {
  PENDING: "Pending",
  SENDING: "Sending",
  SENT: "Sent",
  FAILED: "Failed",
};

const tones: Record<EmailStatus, string> = {
  PENDING: "border-surface-border bg-surface-sunken text-ink-soft",
  SENDING: "border-brand-500 bg-brand-50 text-brand-700",
  SENT: "border-green-600 bg-green-50 text-green-800 dark:bg-green-950 dark:text-green-200",
  FAILED: "border-red-600 bg-red-50 text-red-800 dark:bg-red-950 dark:text-red-200",
};

/** An outbox status as a small labelled pill ("Captured" for mail kept here without SMTP). */
export function StatusBadge({ status, captured }: { status: EmailStatus; captured?: boolean }) {
  return (
    <span className={`inline-block rounded-full border px-2 py-0.5 text-xs font-semibold ${tones[status]}`}>
      {status === "SENT" && captured ? "Captured" : labels[status]}
    </span>
  );
}
