import { useId } from "react";

/**
 * A labelled textarea with a hint, a character count and an error, tied to it with
 * aria-describedby (the same contract as components/auth/text-field.tsx).
 */
export function TextAreaField({
  label,
  name,
  error,
  hint,
  value,
  maxLength,
  ...textarea
}: {
  label: string;
  name: string;
  error?: string;
  hint?: React.ReactNode;
  value: string;
  maxLength: number;
} & Omit<React.TextareaHTMLAttributes<HTMLTextAreaElement>, "name" | "value" | "maxLength">) {
  const id = useId();
  const hintId = `${id}-hint`;
  const countId = `${id}-count`;
  const errorId = error ? `${id}-error` : undefined;
  const over = value.length > maxLength;
  return (
    <div>
      <label htmlFor={id} className="text-ink block text-sm font-semibold">
        {label}
      </label>
      <textarea
        id={id}
        name={name}
        value={value}
        aria-invalid={error || over ? true : undefined}
        aria-describedby={[hintId, countId, errorId].filter(Boolean).join(" ")}
        className={`bg-surface text-ink mt-1 block w-full rounded-md border px-3 py-2 text-sm focus:ring-2 focus:outline-none ${
          error || over ? "border-red-600 focus:ring-red-600" : "border-surface-border focus:ring-brand-600"
        }`}
        {...textarea}
      />
      <div className="mt-1 flex items-start justify-between gap-4">
        <div id={hintId} className="text-muted text-xs">
          {hint}
        </div>
        <p
          id={countId}
          className={`shrink-0 text-xs ${over ? "font-semibold text-red-700 dark:text-red-400" : "text-muted"}`}
        >
          {value.length.toLocaleString("en-US")} / {maxLength.toLocaleString("en-US")}
        </p>
      </div>
      {error && (
        <p id={errorId} className="mt-1 text-sm font-medium text-red-700 dark:text-red-400">
          {error}
        </p>
      )}
    </div>
  );
}
