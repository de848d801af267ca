import "server-only";
import { env } from "@/lib/env";

/**
 * Where this process can reach the app over HTTP: inside a Next server (the proxy, route
 * handlers, workers running inline) that very server, whose address `next start` records when it
 * starts listening; from `npm run worker`, the site itself (SITE_URL).
 */
export function ownServerOrigin(): string {
  if (process.env.NEXT_RUNTIME === "nodejs") {
    return process.env.__NEXT_PRIVATE_ORIGIN ?? `http://127.0.0.1:${process.env.PORT ?? "3000"}`;
  }
  return env().SITE_URL;
}
