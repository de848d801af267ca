import type { Row } from "../support/matrix";

// Email: subscriptions, unsubscribe and the outbox (issue 7).
export const emailRows: Row[] = [];
