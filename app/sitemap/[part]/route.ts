import { sitemapPartHandler } from "@/components/feed/sitemap-route";

export const GET = sitemapPartHandler;
