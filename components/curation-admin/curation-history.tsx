import type { AuditRow } from "@/lib/db/audit";
import { LocalTime } from "./local-time";

function titleOf(details: AuditRow["details"]): string {
  const title = details && typeof details === "object" && !Array.isArray(details) ? details.title : null;
  return typeof title === "string" ? `“${title}”` : "an entry";
}

const describe: Record<string, (details: AuditRow["details"]) => string> = {
  "feature.add": (d) => `added ${titleOf(d)}`,
  "feature.remove": (d) => `removed ${titleOf(d)}`,
  "feature.reorder": () => "changed the order",
  "feature.schedule": (d) => `changed the dates of ${titleOf(d)}`,
};

/** The latest changes to the slot from the audit log, newest first: who did what, when. */
export function CurationHistory({ rows }: { rows: AuditRow[] }) {
  return (
    <section aria-labelledby="curation-history" className="mt-10">
      <h3
        id="curation-history"
        className="text-ink border-surface-border mb-4 border-b pb-2 text-lg font-bold"
      >
        Recent changes
      </h3>
      {rows.length === 0 ? (
        <p className="text-ink-soft text-sm">No changes recorded for this slot yet.</p>
      ) : (
        <ul className="text-ink-soft space-y-1 text-sm">
          {rows.map((row) => (
            <li key={row.id}>
              <LocalTime iso={row.createdAt.toISOString()} /> —{" "}
              <span className="text-ink font-medium">{row.actor?.name ?? "Former member"}</span>{" "}
              {(describe[row.action] ?? (() => row.action))(row.details)}
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
