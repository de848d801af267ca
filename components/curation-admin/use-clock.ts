"use client";

import { useSyncExternalStore } from "react";

// The browser's clock and time zone, which the server cannot know: both are null while the
// page is rendered on the server and hydrated, so the HTML never disagrees with the browser.

const subscribeTicks = (tick: () => void) => {
  const timer = setInterval(tick, 15_000);
  return () => clearInterval(timer);
};
const currentMinute = () => Math.floor(Date.now() / 60_000);
const never = () => null;
const noSubscription = () => () => {};
const browserZone = () => Intl.DateTimeFormat().resolvedOptions().timeZone;

/** The current minute (refreshed every 15 s), or null before hydration. */
export function useNow(): Date | null {
  const minute = useSyncExternalStore(subscribeTicks, currentMinute, never);
  return minute === null ? null : new Date(minute * 60_000);
}

/** The editor's IANA time zone ("Europe/Berlin"), or null before hydration. */
export function useTimeZone(): string | null {
  return useSyncExternalStore(noSubscription, browserZone, never);
}
