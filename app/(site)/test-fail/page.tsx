import { notFound } from "next/navigation";
import { connection } from "next/server";
import { faultInjectionEnabled, injectedFault } from "@/lib/http/fault-injection";

// Exists only for the error-page tests (ZP_FAULT_INJECTION=1); the site's 404 everywhere else.
// Rendered per request and whole (no streaming), so the thrown error gives a real 500.
export const instant = false;

export default async function TestFailPage(): Promise<never> {
  await connection();
  if (!faultInjectionEnabled()) notFound();
  throw injectedFault();
}
