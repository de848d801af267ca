import { scopedFeedHandler } from "@/components/feed/feed-route";

export const GET = scopedFeedHandler("zone", "rss");
