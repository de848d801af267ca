"use client";

import { TextField } from "@/components/auth/text-field";
import { describeTimeZone, toLocalInputValue } from "./time-zone";

/**
 * The date and time to publish at, read in the editor's own time zone (named under the field);
 * the browser turns it into an instant. Rendered only after the editor picks "Schedule", so
 * always in the browser, where the zone is known.
 */
export function ScheduleField({
  value,
  error,
  onValue,
}: {
  value: string;
  error?: string;
  onValue: (value: string) => void;
}) {
  const zone = describeTimeZone();
  return (
    <TextField
      label="Publish on"
      name="publishAt"
      type="datetime-local"
      required
      min={toLocalInputValue(new Date())}
      value={value}
      onChange={(event) => onValue(event.target.value)}
      error={error}
      hint={zone ? `In your time zone: ${zone}` : "In your time zone"}
    />
  );
}
