import { formatDistanceStrict } from "date-fns";

/**
 * How long something has waited, in the largest whole unit ("3 days", "1 hour"), rounded down so
 * a submission is never shown as older than it is. Under a minute reads "less than a minute".
 */
export function formatWaiting(since: Date, now: Date): string {
  if (now.getTime() - since.getTime() < 60_000) return "less than a minute";
  return formatDistanceStrict(since, now, { roundingMethod: "floor" });
}
