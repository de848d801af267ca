import { useId } from "react";
import type { ZoneGroup } from "./draft-types";

/** The zone an article belongs to, grouped by category (one <optgroup> each). */
export function ZoneSelect({
  zones,
  value,
  onChange,
  error,
}: {
  zones: ZoneGroup[];
  value: number | null;
  onChange: (zoneId: number | null) => void;
  error?: string;
}) {
  const id = useId();
  const hintId = `${id}-hint`;
  const errorId = `${id}-error`;
  return (
    <div>
      <label htmlFor={id} className="text-ink block text-sm font-semibold">
        Zone
      </label>
      <select
        id={id}
        name="zoneId"
        data-field="zoneId"
        value={value ?? ""}
        onChange={(event) => onChange(event.target.value === "" ? null : Number(event.target.value))}
        aria-invalid={error ? true : undefined}
        aria-describedby={error ? `${hintId} ${errorId}` : hintId}
        className={`bg-surface text-ink mt-1 block w-full rounded-md border px-3 py-2 text-sm focus:ring-2 focus:outline-none ${
          error ? "border-red-600 focus:ring-red-600" : "border-surface-border focus:ring-brand-600"
        }`}
      >
        <option value="">Choose a zone…</option>
        {zones.map((group) => (
          <optgroup key={group.category} label={group.category}>
            {group.zones.map((zone) => (
              <option key={zone.id} value={zone.id}>
                {zone.name}
              </option>
            ))}
          </optgroup>
        ))}
      </select>
      <p id={hintId} className="text-muted mt-1 text-xs">
        Where readers find the article. Drafts are saved once a zone is chosen.
      </p>
      {error && (
        <p id={errorId} className="mt-1 text-sm font-medium text-red-700 dark:text-red-400">
          {error}
        </p>
      )}
    </div>
  );
}
