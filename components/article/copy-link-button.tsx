"use client";

import { useState } from "react";

/** Copies the article URL to the clipboard and says so in a live region. */
export function CopyLinkButton({ url, className = "" }: { url: string; className?: string }) {
  const [status, setStatus] = useState<"idle" | "copied" | "failed">("idle");

  async function copy() {
    try {
      await navigator.clipboard.writeText(url);
      setStatus("copied");
    } catch {
      // Clipboard access can be denied (permissions, insecure origin); the URL bar still works.
      setStatus("failed");
    }
  }

  return (
    <>
      <button type="button" onClick={copy} className={className}>
        Copy link
      </button>
      <span aria-live="polite" className="text-muted text-xs">
        {status === "copied" ? "Link copied" : status === "failed" ? "Could not copy the link" : ""}
      </span>
    </>
  );
}
