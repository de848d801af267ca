"use client";

import { formatLocalDateTime } from "@/lib/curation/datetime";
import { formatDate } from "@/lib/format";
import { useTimeZone } from "./use-clock";

/** An instant in the editor's time zone; the server's render shows the UTC date until hydration. */
export function LocalTime({ iso }: { iso: string }) {
  const zone = useTimeZone();
  return <time dateTime={iso}>{zone ? formatLocalDateTime(iso) : formatDate(new Date(iso))}</time>;
}
