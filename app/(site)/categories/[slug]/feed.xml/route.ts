import { scopedFeedHandler } from "@/components/feed/feed-route";

export const GET = scopedFeedHandler("category", "rss");
