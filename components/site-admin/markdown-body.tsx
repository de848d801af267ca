"use client";

import { useState } from "react";
import { BodyField, type BodyTab } from "@/components/write/body-field";

const ignoreCounts = () => {};

/**
 * A markdown body with Write and Preview tabs: the writing page's editor and its preview, which
 * is rendered by the server's pipeline (the same HTML readers get once it is saved).
 */
export function MarkdownBody({
  label,
  hint,
  value,
  onChange,
  error,
}: {
  label: string;
  hint: React.ReactNode;
  value: string;
  onChange: (value: string) => void;
  error?: string;
}) {
  const [tab, setTab] = useState<BodyTab>("write");
  return (
    <BodyField
      label={label}
      hint={hint}
      value={value}
      onChange={onChange}
      error={error}
      tab={tab}
      onTab={setTab}
      onCounts={ignoreCounts}
    />
  );
}

export const MARKDOWN_HINT =
  "Markdown (GitHub flavour): ## headings, **bold**, lists, links, tables, code. Tab indents; press Esc, then Tab, to move on.";
