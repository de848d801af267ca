import type { ChangeRequest } from "@/lib/db/editorial-feedback";
import { formatDateTimeUtc } from "@/lib/editorial/time";

/** The editor's feedback the author is revising for, above the editor, where it cannot be missed. */
export function ChangeRequestNotice({ request }: { request: ChangeRequest }) {
  return (
    <section
      aria-labelledby="change-request-heading"
      className="mb-6 rounded-md border border-l-4 border-amber-400 bg-amber-50 px-4 py-3 dark:border-amber-600 dark:bg-amber-950"
    >
      <h2 id="change-request-heading" className="text-ink text-base font-bold">
        The editor asks for these changes
      </h2>
      <p className="text-ink mt-2 break-words whitespace-pre-line">{request.note}</p>
      <p className="text-muted mt-2 text-xs">
        {request.editorName ?? "An editor"},{" "}
        <time dateTime={request.createdAt.toISOString()}>{formatDateTimeUtc(request.createdAt)}</time>. Make
        the changes, then submit the article again.
      </p>
    </section>
  );
}
