"use client";

import { useRouter } from "next/navigation";
import { useState } from "react";
import { submitJson } from "@/components/auth/submit-json";

/** A refusal worth a box of its own: a conflict (someone else acted first) or a whole-form error. */
export interface RequestAlert {
  message: string;
  /** 409: the page is out of date and should be reloaded. */
  conflict: boolean;
}

/**
 * Sends one editorial request and handles its answer the same way everywhere: field errors go
 * to `onFieldErrors`, a conflict or other refusal becomes `alert`, success is announced in
 * `status` and the server-rendered page is refreshed (history, status, versions).
 */
export function useEditorialRequest(onFieldErrors: (errors: Record<string, string>) => void) {
  const router = useRouter();
  const [pending, setPending] = useState(false);
  const [alert, setAlert] = useState<RequestAlert | null>(null);
  const [status, setStatus] = useState("");

  async function send(url: string, method: string, body: unknown, done: string): Promise<boolean> {
    setPending(true);
    setAlert(null);
    setStatus("");
    onFieldErrors({});
    const result = await submitJson<unknown>(url, body, method);
    setPending(false);
    if (result.ok) {
      setStatus(done);
      router.refresh();
      return true;
    }
    const { errors, detail, status: code } = result.problem;
    onFieldErrors(errors);
    // Field errors are shown next to their fields; anything else (or a field the form does not
    // have, like "version") gets the box.
    const unshown = Object.entries(errors).filter(([field]) => field === "form" || field === "version");
    if (Object.keys(errors).length === 0 || unshown.length > 0) {
      setAlert({ message: unshown[0]?.[1] ?? detail, conflict: code === 409 });
    }
    return false;
  }

  return { send, pending, alert, status, refresh: () => router.refresh() };
}
