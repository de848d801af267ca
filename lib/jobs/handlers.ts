import "server-only";
import { publishScheduledArticle } from "@/lib/editorial/scheduled-publish";
import { handleDigestJob } from "@/lib/digest/job";
import { deliverOutbox } from "@/lib/email/delivery";
import type { QueueName } from "./queues";

/** A job handler: gets the job's data (validate it), throws to have pg-boss retry the job. */
export type JobHandler = (data: unknown) => Promise<void>;

// The one list of handlers the workers register (lib/jobs/workers.ts). A plain object literal:
// each feature adds its queue's line here.
export const JOB_HANDLERS: Partial<Record<QueueName, JobHandler>> = {
  // Data is ignored: each run delivers whatever is due in the outbox.
  deliverEmail: async () => {
    await deliverOutbox();
  },
  publishScheduled: (data) => publishScheduledArticle(data),
  // Daily and (on Mondays) weekly digests; `{ frequency, runAt }` runs one on demand.
  digest: handleDigestJob,
};
