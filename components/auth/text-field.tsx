import { useId } from "react";

/**
 * A labelled input with an optional hint and an error message, both tied to the input with
 * aria-describedby so screen readers announce them; aria-invalid marks the field in error.
 */
export function TextField({
  label,
  name,
  error,
  hint,
  ...input
}: {
  label: string;
  name: string;
  error?: string;
  hint?: React.ReactNode;
} & Omit<React.InputHTMLAttributes<HTMLInputElement>, "name"> & { ref?: React.Ref<HTMLInputElement> }) {
  const id = useId();
  const hintId = hint ? `${id}-hint` : undefined;
  const errorId = error ? `${id}-error` : undefined;
  return (
    <div>
      <label htmlFor={id} className="text-ink block text-sm font-semibold">
        {label}
      </label>
      <input
        id={id}
        name={name}
        aria-invalid={error ? true : undefined}
        aria-describedby={[hintId, errorId].filter(Boolean).join(" ") || undefined}
        className={`bg-surface text-ink mt-1 block w-full rounded-md border px-3 py-2 text-sm focus:ring-2 focus:outline-none ${
          error ? "border-red-600 focus:ring-red-600" : "border-surface-border focus:ring-brand-600"
        }`}
        {...input}
      />
      {hint && (
        <p id={hintId} className="text-muted mt-1 text-xs">
          {hint}
        </p>
      )}
      {error && (
        <p id={errorId} className="mt-1 text-sm font-medium text-red-700 dark:text-red-400">
          {error}
        </p>
      )}
    </div>
  );
}
