import type { Row } from "../support/matrix";

// Search and the public read API (issue 8).
export const searchRows: Row[] = [];
