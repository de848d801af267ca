import { env } from "@/lib/env";
import type { SiteInfo } from "./model";

/** SITE_URL (without a trailing slash) and SITE_NAME, the base of every absolute feed URL. */
export function siteInfo(): SiteInfo {
  const { SITE_URL, SITE_NAME } = env();
  return { url: SITE_URL.replace(/\/+$/, ""), name: SITE_NAME };
}
