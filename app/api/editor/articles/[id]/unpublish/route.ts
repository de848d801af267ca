import { unpublishInput } from "@/lib/editorial/decision-input";
import { decisionHandler } from "../../_lib/respond";

// POST /api/editor/articles/[id]/unpublish { version, note? }: PUBLISHED → ARCHIVED. The article
// leaves every list and feed at once and its URL answers 410 Gone (proxy.ts).
export const POST = decisionHandler(unpublishInput, ({ version, note }) => ({
  kind: "unpublish",
  version,
  ...(note ? { note } : {}),
}));
