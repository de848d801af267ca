import { formatDate } from "@/lib/format";
import { differingFields, type FormValues } from "./form-values";
import type { ResourceDto } from "./resource-dto";

/**
 * Shown when someone else saved the resource after this form loaded it: what they changed
 * compared with what is in the form, and the two ways on. Nothing is overwritten until the editor
 * says so.
 */
export function ConflictNotice({
  label,
  mine,
  theirs,
  busy,
  onKeepMine,
  onLoadTheirs,
}: {
  label: string;
  mine: FormValues;
  theirs: ResourceDto;
  busy: boolean;
  onKeepMine: () => void;
  onLoadTheirs: () => void;
}) {
  const fields = differingFields(mine, theirs);
  const when = new Date(theirs.updatedAt);
  const time = when.toLocaleTimeString("en-US", { hour: "2-digit", minute: "2-digit" });
  return (
    <div
      role="alert"
      className="rounded-md border border-amber-400 bg-amber-50 px-4 py-3 text-sm text-amber-950 dark:border-amber-700 dark:bg-amber-950 dark:text-amber-100"
    >
      <p className="font-semibold">
        Someone else saved this {label} on {formatDate(when)} at {time}, after you opened it.
      </p>
      <p className="mt-1">
        Your changes are still in the form.{" "}
        {fields.length > 0
          ? `Their version differs from yours in: ${fields.join(", ")}.`
          : "Their version is the same as yours."}
      </p>
      <div className="mt-3 flex flex-wrap gap-3">
        <button
          type="button"
          disabled={busy}
          onClick={onKeepMine}
          className="bg-brand-600 hover:bg-brand-700 text-on-brand rounded-md px-3 py-1.5 font-semibold disabled:opacity-60"
        >
          Save mine over theirs
        </button>
        <button
          type="button"
          disabled={busy}
          onClick={onLoadTheirs}
          className="border-surface-border text-ink hover:bg-surface rounded-md border px-3 py-1.5 font-semibold"
        >
          Load their version (discard mine)
        </button>
      </div>
    </div>
  );
}
