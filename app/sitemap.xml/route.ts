import { sitemapRootHandler } from "@/components/feed/sitemap-route";

export const GET = sitemapRootHandler;
