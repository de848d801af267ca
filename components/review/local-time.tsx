"use client";

import { useSyncExternalStore } from "react";
import { DATE_TIME_PARTS, formatDateTimeUtc } from "@/lib/editorial/time";

const localFormat = new Intl.DateTimeFormat("en-US", {
  ...DATE_TIME_PARTS,
  weekday: "short",
  timeZoneName: "short",
});

/**
 * A moment in the viewer's own time zone ("Thu, Dec 3, 2026, 15:05 GMT+1"), which only the
 * browser knows: the server renders it in UTC, said so, and the browser rewrites it after
 * hydration. The UTC time stays in the tooltip.
 */
export function LocalTime({ iso }: { iso: string }) {
  // False while hydrating (the server's UTC text), true in the browser afterwards.
  const inBrowser = useSyncExternalStore(
    subscribeToNothing,
    () => true,
    () => false,
  );
  const utc = formatDateTimeUtc(new Date(iso));
  return (
    <time dateTime={iso} title={utc}>
      {inBrowser ? localFormat.format(new Date(iso)) : utc}
    </time>
  );
}

/** The time zone does not change while the page is open. */
const subscribeToNothing = () => () => {};
