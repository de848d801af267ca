import type { Row } from "../support/matrix";

// Editorial review and decisions (issue 6).
export const reviewRows: Row[] = [];
