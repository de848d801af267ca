import type { MetadataRoute } from "next";
import { robotsRules } from "@/lib/feeds/robots";
import { siteInfo } from "@/lib/feeds/site";

export default function robots(): MetadataRoute.Robots {
  return robotsRules(siteInfo().url);
}
