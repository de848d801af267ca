"use client";

import { useRef } from "react";
import { bold, code, heading, indent, italic, link, outdent, type TextEdit } from "./markdown-edits";

type Command = (value: string, selection: { start: number; end: number }) => TextEdit;

const TOOLS: { label: string; shortcut?: string; command: Command; glyph: React.ReactNode }[] = [
  { label: "Bold", shortcut: "b", command: bold, glyph: <span className="font-bold">B</span> },
  { label: "Italic", shortcut: "i", command: italic, glyph: <span className="font-serif italic">I</span> },
  { label: "Link", shortcut: "k", command: link, glyph: <span className="underline">Link</span> },
  { label: "Code", command: code, glyph: <span className="font-mono">{"</>"}</span> },
  // The name contains the visible "H2" (WCAG 2.5.3, label in name).
  { label: "H2 heading", command: heading, glyph: <span className="font-bold">H2</span> },
];

/**
 * Applies an edit as if typed: execCommand("insertText") keeps the browser's undo history and
 * fires the input event React listens to; setRangeText is the fallback where it is missing.
 */
function applyEdit(textarea: HTMLTextAreaElement, edit: TextEdit) {
  textarea.focus();
  textarea.setSelectionRange(edit.start, edit.end);
  const inserted = edit.text !== "" && document.execCommand("insertText", false, edit.text);
  if (!inserted) {
    textarea.setRangeText(edit.text, edit.start, edit.end, "end");
    textarea.dispatchEvent(new Event("input", { bubbles: true }));
  }
  textarea.setSelectionRange(edit.select.start, edit.select.end);
}

/**
 * The markdown body: a monospace textarea with a small formatting toolbar. Tab indents (two
 * spaces) instead of leaving the field, so keyboard users press Escape first to Tab out; the
 * hint says so.
 */
export function BodyEditor({
  id,
  value,
  onChange,
  error,
  describedBy,
}: {
  id: string;
  value: string;
  onChange: (value: string) => void;
  error?: string;
  describedBy: string;
}) {
  const textarea = useRef<HTMLTextAreaElement>(null);
  const tabLeaves = useRef(false);

  function run(command: Command) {
    const element = textarea.current;
    if (!element) return;
    applyEdit(element, command(element.value, { start: element.selectionStart, end: element.selectionEnd }));
  }

  function onKeyDown(event: React.KeyboardEvent<HTMLTextAreaElement>) {
    if (event.key === "Escape") {
      tabLeaves.current = true;
      return;
    }
    if (event.key === "Tab" && !tabLeaves.current && !event.ctrlKey && !event.altKey && !event.metaKey) {
      event.preventDefault();
      run(event.shiftKey ? outdent : indent);
      return;
    }
    tabLeaves.current = false;
    if (event.ctrlKey || event.metaKey) {
      const tool = TOOLS.find((candidate) => candidate.shortcut === event.key.toLowerCase());
      if (tool && !event.shiftKey && !event.altKey) {
        event.preventDefault();
        run(tool.command);
      }
    }
  }

  return (
    <div
      className={`rounded-md border focus-within:ring-2 ${
        error
          ? "border-red-600 focus-within:ring-red-600"
          : "border-surface-border focus-within:ring-brand-600"
      }`}
    >
      <div
        role="toolbar"
        aria-label="Formatting"
        aria-controls={id}
        className="border-surface-border bg-surface-sunken flex flex-wrap gap-1 rounded-t-md border-b p-1"
      >
        {TOOLS.map((tool) => (
          <button
            key={tool.label}
            type="button"
            aria-label={tool.label}
            title={tool.shortcut ? `${tool.label} (Ctrl+${tool.shortcut.toUpperCase()})` : tool.label}
            onClick={() => run(tool.command)}
            className="text-ink hover:bg-surface focus-visible:ring-brand-600 min-w-9 rounded px-2 py-1 text-sm focus-visible:ring-2 focus-visible:outline-none"
          >
            <span aria-hidden="true">{tool.glyph}</span>
          </button>
        ))}
      </div>
      <textarea
        ref={textarea}
        id={id}
        name="bodyMarkdown"
        data-field="bodyMarkdown"
        value={value}
        onChange={(event) => onChange(event.target.value)}
        onKeyDown={onKeyDown}
        onBlur={() => (tabLeaves.current = false)}
        rows={22}
        spellCheck
        aria-invalid={error ? true : undefined}
        aria-describedby={describedBy}
        className="bg-surface text-ink block min-h-80 w-full resize-y rounded-b-md px-3 py-2 font-mono text-sm leading-6 focus:outline-none"
      />
    </div>
  );
}
