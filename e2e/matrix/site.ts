import type { Row } from "../support/matrix";

// Site management: categories, zones, events, videos, pages (issue 6).
export const siteRows: Row[] = [];
