import { siteFeedHandler } from "@/components/feed/feed-route";

export const GET = siteFeedHandler("atom");
