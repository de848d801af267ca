// The pg-boss queues of the app (docs/scaling.md "Workers"). Every queue is created when pg-boss
// starts; the one list of handlers is lib/jobs/handlers.ts.
export const QUEUES = {
  deliverEmail: "deliver-email",
  publishScheduled: "publish-scheduled-article",
  digest: "send-digests",
} as const;

export type QueueName = keyof typeof QUEUES;
