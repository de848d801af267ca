import type { Row } from "../support/matrix";

// Email subscriptions, confirmation and unsubscribe (issue 7).
export const subscriptionsRows: Row[] = [];
