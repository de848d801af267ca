import { formatDateTime } from "@/components/drafts/when";

/** An outbox time to the minute, in UTC like every date on the site, as a <time> element. */
export function DateTime({ value }: { value: Date }) {
  return <time dateTime={value.toISOString()}>{formatDateTime(value)}</time>;
}
