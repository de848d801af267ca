import { faultInjectionEnabled, injectedFault, withInternalErrorProblem } from "@/lib/http/fault-injection";
import { notFoundProblem } from "@/lib/http/problem";

// Exists only for the error-page tests (ZP_FAULT_INJECTION=1); a plain 404 everywhere else.
export const GET = withInternalErrorProblem(async (_request: Request): Promise<Response> => {
  if (!faultInjectionEnabled()) return notFoundProblem();
  throw injectedFault();
});
