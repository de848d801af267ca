"use client";

import { usePathname } from "next/navigation";
import { useEffect, useRef } from "react";

/**
 * A <details> disclosure that closes itself after client-side navigation (the layout — and
 * with it the open menu — survives a route change) and on Escape. Works without JavaScript
 * as a plain <details>.
 */
export function ClosingDetails({ className, children }: { className?: string; children: React.ReactNode }) {
  const ref = useRef<HTMLDetailsElement>(null);
  const pathname = usePathname();

  useEffect(() => {
    if (ref.current) ref.current.open = false;
  }, [pathname]);

  return (
    <details
      ref={ref}
      className={className}
      onKeyDown={(event) => {
        if (event.key === "Escape" && ref.current?.open) {
          ref.current.open = false;
          ref.current.querySelector("summary")?.focus();
        }
      }}
    >
      {children}
    </details>
  );
}
