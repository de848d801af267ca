import { useId } from "react";
import type { ZoneGroup } from "@/components/write/draft-types";

/**
 * The zones a resource belongs to (their pages list it), as checkboxes grouped by category:
 * one fieldset per category, so a screen reader announces "Databases, group" before its zones.
 */
export function ZoneCheckboxes({
  zones,
  value,
  onChange,
  error,
}: {
  zones: ZoneGroup[];
  value: number[];
  onChange: (zoneIds: number[]) => void;
  error?: string;
}) {
  const id = useId();
  const chosen = new Set(value);
  const toggle = (zoneId: number, on: boolean) =>
    onChange(on ? [...value, zoneId] : value.filter((id) => id !== zoneId));
  return (
    <fieldset
      data-field="zoneIds"
      tabIndex={-1}
      aria-describedby={error ? `${id}-hint ${id}-error` : `${id}-hint`}
    >
      <legend className="text-ink text-sm font-semibold">Zones</legend>
      <p id={`${id}-hint`} className="text-muted mt-1 text-xs">
        Where readers find it besides the listing: each zone&rsquo;s and its category&rsquo;s pages.{" "}
        {value.length} chosen.
      </p>
      <div
        className={`mt-2 grid max-h-72 gap-4 overflow-y-auto rounded-md border p-3 sm:grid-cols-2 lg:grid-cols-3 ${
          error ? "border-red-600" : "border-surface-border"
        }`}
      >
        {zones.map((group) => (
          <fieldset key={group.category}>
            <legend className="text-ink-soft text-xs font-semibold tracking-wide uppercase">
              {group.category}
            </legend>
            <ul className="mt-1 space-y-1">
              {group.zones.map((zone) => (
                <li key={zone.id}>
                  <label className="text-ink flex items-center gap-2 text-sm">
                    <input
                      type="checkbox"
                      name="zoneIds"
                      value={zone.id}
                      checked={chosen.has(zone.id)}
                      onChange={(event) => toggle(zone.id, event.target.checked)}
                      className="accent-brand-600 h-4 w-4"
                    />
                    {zone.name}
                  </label>
                </li>
              ))}
            </ul>
          </fieldset>
        ))}
      </div>
      {error && (
        <p id={`${id}-error`} className="mt-1 text-sm font-medium text-red-700 dark:text-red-400">
          {error}
        </p>
      )}
    </fieldset>
  );
}
