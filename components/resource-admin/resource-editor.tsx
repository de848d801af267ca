import Link from "next/link";
import type { ZoneGroup } from "@/components/write/draft-types";
import type { AuditRow } from "@/lib/db/audit";
import { resourceKindLabel } from "@/lib/resources/paths";
import { ResourceForm } from "./resource-form";
import type { ResourceDto } from "./resource-dto";
import { ResourceHistory } from "./resource-history";

/** The frame of the new and edit pages: title, the way back, the reader page, the form, the history. */
export function ResourceEditor({
  kind,
  initial,
  zones,
  nextNumber,
  history,
  created = false,
}: {
  kind: ResourceDto["kind"];
  initial: ResourceDto | null;
  zones: ZoneGroup[];
  nextNumber: number;
  history: AuditRow[] | null;
  created?: boolean;
}) {
  const label = resourceKindLabel(kind);
  const number = initial?.number != null ? ` #${initial.number}` : "";
  return (
    <>
      <p className="text-sm">
        <Link href="/editor/resources" className="text-brand-600 hover:underline">
          ← Refcards &amp; Trend Reports
        </Link>
      </p>
      <div className="mt-2 flex flex-wrap items-baseline justify-between gap-3">
        <h1 className="text-ink text-2xl font-extrabold">
          {initial ? `Edit ${label}${number}` : `New ${label}`}
        </h1>
        {initial?.publishedAt && (
          <Link href={initial.path} className="text-brand-600 text-sm font-semibold hover:underline">
            View on the site
          </Link>
        )}
      </div>
      {created && initial && (
        <p
          role="status"
          className="mt-4 rounded-md border border-green-300 bg-green-50 px-3 py-2 text-sm font-medium text-green-900 dark:border-green-800 dark:bg-green-950 dark:text-green-200"
        >
          {label}
          {number} created{initial.publishedAt ? " and published" : " as a draft"}.
        </p>
      )}
      <div className="mt-6">
        <ResourceForm kind={kind} initial={initial} zones={zones} nextNumber={nextNumber} />
      </div>
      {history && <ResourceHistory entries={history} />}
    </>
  );
}
