import type { AuditRow } from "@/lib/db/audit";
import { formatDate } from "@/lib/format";

const ACTIONS: Record<string, string> = {
  "resource.create": "Created",
  "resource.update": "Saved",
  "resource.publish": "Published",
  "resource.unpublish": "Unpublished",
};

/** The field names a save changed ("title, slug"), from the audit entry's details. */
function changedFields(details: AuditRow["details"]): string {
  if (!details || typeof details !== "object" || Array.isArray(details)) return "";
  const changes = (details as { changes?: unknown }).changes;
  if (!changes || typeof changes !== "object") return "";
  return Object.keys(changes).join(", ");
}

/** Who did what to this resource and when, newest first (its AuditLog entries). */
export function ResourceHistory({ entries }: { entries: AuditRow[] }) {
  return (
    <section aria-labelledby="resource-history" className="mt-12">
      <h2 id="resource-history" className="text-ink border-surface-border border-b pb-2 text-lg font-bold">
        History
      </h2>
      {entries.length === 0 ? (
        <p className="text-ink-soft mt-3 text-sm">No changes recorded yet.</p>
      ) : (
        <ol className="mt-3 space-y-2 text-sm">
          {entries.map((entry) => {
            const fields = changedFields(entry.details);
            return (
              <li key={entry.id} className="text-ink-soft">
                <span className="text-ink font-medium">{ACTIONS[entry.action] ?? entry.action}</span>
                {" by "}
                {entry.actor ? `${entry.actor.name} (@${entry.actor.username})` : "a former member"}
                {" on "}
                <time dateTime={entry.createdAt.toISOString()}>{formatDate(entry.createdAt)}</time>
                {fields && <span className="text-muted"> — changed {fields}</span>}
              </li>
            );
          })}
        </ol>
      )}
    </section>
  );
}
