import type { Row } from "../support/matrix";

// Refcards and Trend Reports: management and downloads (issue 6).
export const premiumRows: Row[] = [];
