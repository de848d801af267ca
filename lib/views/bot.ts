import { isbot } from "isbot";

/**
 * Whether a request's user agent counts as a reader: crawlers, link previewers and monitors
 * (isbot's list) and clients that send no user agent at all are not counted.
 */
export function isCountedVisitor(userAgent: string | null | undefined): boolean {
  if (!userAgent || userAgent.trim() === "") return false;
  return !isbot(userAgent);
}
