import { publishInput } from "@/lib/editorial/decision-input";
import { decisionHandler } from "../../_lib/respond";

// POST /api/editor/articles/[id]/publish { version }: SUBMITTED → PUBLISHED now (a pending
// schedule is dropped) → { article }; 409 when another editor decided first.
export const POST = decisionHandler(publishInput, ({ version }) => ({ kind: "publish", version }));
