import "server-only";
import { z } from "zod";
import {
  applyDecision,
  findSchedulingEditor,
  getDecisionContext,
  readSurfaces,
} from "@/lib/db/editorial-decisions";
import { logger } from "@/lib/logger";
import { authorEmailFor } from "./author-email";
import { readerTagsFor } from "./reader-tags";
import { requestRevalidation } from "./revalidate-request";

// The pg-boss handler of QUEUES.publishScheduled (lib/jobs/handlers.ts). It runs outside any
// request, so it publishes through the status machine and then asks a server to expire the
// reader caches (lib/editorial/revalidate-request.ts). A job is only for the schedule it was
// made for: an article decided otherwise, unscheduled or moved to another time is left alone.

/** The job's data: the article and the time it was scheduled for (ISO), which must still hold. */
export interface ScheduledPublishData {
  articleId: number;
  scheduledFor: string;
}

const dataSchema = z.object({
  articleId: z.number().int().positive(),
  scheduledFor: z.iso.datetime({ offset: true }),
});

type Revalidate = (tags: readonly string[]) => Promise<void>;

/**
 * Publishes the article if it is still scheduled for `data.scheduledFor`. Throws when the caches
 * could not be expired, so pg-boss retries; the retry finds the article published by this very
 * schedule (scheduledFor stays on the published row) and only expires the caches again.
 */
export async function publishScheduledArticle(
  data: unknown,
  revalidate: Revalidate = requestRevalidation,
): Promise<void> {
  const parsed = dataSchema.safeParse(data);
  if (!parsed.success) {
    // Retrying cannot make it valid.
    logger.error({ data }, "editorial: a scheduled-publish job with invalid data was dropped");
    return;
  }
  const { articleId } = parsed.data;
  const scheduledFor = new Date(parsed.data.scheduledFor);
  const context = await getDecisionContext(articleId);
  if (!context || context.scheduledFor?.getTime() !== scheduledFor.getTime()) return;
  if (context.status === "PUBLISHED") {
    await revalidate(readerTagsFor(await readSurfaces(articleId)));
    return;
  }
  if (context.status !== "SUBMITTED") return;

  const write = await applyDecision(
    {
      articleId,
      // The decision was the scheduling editor's; the event names them.
      actorId: await findSchedulingEditor(articleId),
      action: "publish-scheduled",
      scheduledFor,
    },
    await authorEmailFor(context, { kind: "published" }),
  );
  // Cancelled, moved or decided between the read and the lock: that later decision stands.
  if (!write.ok) return;
  logger.info({ articleId }, "editorial: published a scheduled article");
  await revalidate(readerTagsFor(write.surfaces));
}
