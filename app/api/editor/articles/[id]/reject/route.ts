import { rejectInput } from "@/lib/editorial/decision-input";
import { decisionHandler } from "../../_lib/respond";

// POST /api/editor/articles/[id]/reject { version, reason, note }: SUBMITTED → REJECTED with a
// reason from the fixed list and the editor's explanation, both shown to the author.
export const POST = decisionHandler(rejectInput, ({ version, reason, note }) => ({
  kind: "reject",
  version,
  reason,
  note,
}));
