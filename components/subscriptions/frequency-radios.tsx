"use client";

import { useId } from "react";
import { FREQUENCIES, FREQUENCY_LABELS, type Frequency } from "@/lib/subscriptions/schemas";

/** Daily or weekly, as a labelled radio group (arrow keys move between the two). */
export function FrequencyRadios({
  value,
  onChange,
  error,
  legend = "How often",
}: {
  value: Frequency;
  onChange: (frequency: Frequency) => void;
  error?: string;
  legend?: string;
}) {
  const name = useId();
  const errorId = error ? `${name}-error` : undefined;
  return (
    <fieldset className="mt-3" aria-describedby={errorId}>
      <legend className="text-ink text-sm font-semibold">{legend}</legend>
      <div className="mt-1 flex gap-4">
        {FREQUENCIES.map((frequency) => (
          <label key={frequency} className="text-ink inline-flex items-center gap-1.5 text-sm">
            <input
              type="radio"
              name={name}
              value={frequency}
              checked={value === frequency}
              onChange={() => onChange(frequency)}
              className="accent-brand-600"
            />
            {FREQUENCY_LABELS[frequency]}
          </label>
        ))}
      </div>
      {error && (
        <p id={errorId} className="mt-1 text-sm font-medium text-red-700 dark:text-red-400">
          {error}
        </p>
      )}
    </fieldset>
  );
}
