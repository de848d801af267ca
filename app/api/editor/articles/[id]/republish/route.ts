import { republishInput } from "@/lib/editorial/decision-input";
import { decisionHandler } from "../../_lib/respond";

// POST /api/editor/articles/[id]/republish { version }: ARCHIVED → PUBLISHED at its old URL and
// publish date.
export const POST = decisionHandler(republishInput, ({ version }) => ({ kind: "republish", version }));
