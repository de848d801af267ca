import { cancelScheduleInput, scheduleInput } from "@/lib/editorial/decision-input";
import { decisionHandler } from "../../_lib/respond";

// PUT /api/editor/articles/[id]/schedule { version, publishAt }: a pg-boss job publishes the
// submission at `publishAt` (an ISO instant, from the editor's local date and time); sending it
// again moves the schedule. DELETE { version } cancels it: the article is back in the queue.
export const PUT = decisionHandler(scheduleInput, ({ version, publishAt }) => ({
  kind: "schedule",
  version,
  publishAt,
}));

export const DELETE = decisionHandler(cancelScheduleInput, ({ version }) => ({
  kind: "cancel-schedule",
  version,
}));
