import type { Row } from "../support/matrix";

// Curation (issue 6).
export const curationRows: Row[] = [];
