import { requestChangesInput } from "@/lib/editorial/decision-input";
import { decisionHandler } from "../../_lib/respond";

// POST /api/editor/articles/[id]/request-changes { version, feedback }: SUBMITTED →
// CHANGES_REQUESTED; the feedback is shown to the author and emailed to them.
export const POST = decisionHandler(requestChangesInput, ({ version, feedback }) => ({
  kind: "request-changes",
  version,
  feedback,
}));
