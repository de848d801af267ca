"use client";

import { useEffect, useRef } from "react";

/**
 * Counts one view of the article per mount (and again if the page switches to another
 * article) by posting to /api/views after hydration, so the page's HTML stays fully
 * cacheable. sendBeacon survives the reader navigating away; fetch with keepalive is the
 * fallback where it is missing or refuses. Renders nothing.
 */
export function ViewBeacon({ articleId }: { articleId: number }) {
  // Survives StrictMode's mount → unmount → mount in development, so one mount sends once.
  const sentFor = useRef<number | null>(null);

  useEffect(() => {
    if (sentFor.current === articleId) return;
    sentFor.current = articleId;
    const body = JSON.stringify({ articleId });
    if (typeof navigator.sendBeacon === "function" && navigator.sendBeacon("/api/views", body)) return;
    void fetch("/api/views", {
      method: "POST",
      body,
      headers: { "Content-Type": "application/json" },
      keepalive: true,
    }).catch(() => {
      // A lost view is not worth bothering the reader about.
    });
  }, [articleId]);

  return null;
}
