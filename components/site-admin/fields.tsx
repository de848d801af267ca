import { useId } from "react";

// Form controls the site-management forms add to components/auth/text-field.tsx and
// components/settings/text-area-field.tsx, with the same contract: a visible label, hint and
// error tied to the control with aria-describedby, aria-invalid when in error.

const controlClass = (error?: string) =>
  `bg-surface text-ink mt-1 block w-full rounded-md border px-3 py-2 text-sm focus:ring-2 focus:outline-none ${
    error ? "border-red-600 focus:ring-red-600" : "border-surface-border focus:ring-brand-600"
  }`;

function Described({ id, hint, error }: { id: string; hint?: React.ReactNode; error?: string }) {
  return (
    <>
      {hint && (
        <p id={`${id}-hint`} className="text-muted mt-1 text-xs">
          {hint}
        </p>
      )}
      {error && (
        <p id={`${id}-error`} className="mt-1 text-sm font-medium text-red-700 dark:text-red-400">
          {error}
        </p>
      )}
    </>
  );
}

const describedBy = (id: string, hint: unknown, error: unknown) =>
  [hint ? `${id}-hint` : null, error ? `${id}-error` : null].filter(Boolean).join(" ") || undefined;

export interface OptionGroup {
  label: string;
  options: { value: string; label: string }[];
}

/** A labelled select; `groups` become <optgroup>s, `empty` a first option meaning "none". */
export function SelectField({
  label,
  name,
  value,
  onChange,
  groups,
  empty,
  error,
  hint,
}: {
  label: string;
  name: string;
  value: string;
  onChange: (event: React.ChangeEvent<HTMLSelectElement>) => void;
  groups: OptionGroup[];
  empty?: string;
  error?: string;
  hint?: React.ReactNode;
}) {
  const id = useId();
  const flat = groups.length === 1;
  return (
    <div>
      <label htmlFor={id} className="text-ink block text-sm font-semibold">
        {label}
      </label>
      <select
        id={id}
        name={name}
        value={value}
        onChange={onChange}
        aria-invalid={error ? true : undefined}
        aria-describedby={describedBy(id, hint, error)}
        className={controlClass(error)}
      >
        {empty !== undefined && <option value="">{empty}</option>}
        {groups.map((group) =>
          flat ? (
            group.options.map((option) => (
              <option key={option.value} value={option.value}>
                {option.label}
              </option>
            ))
          ) : (
            <optgroup key={group.label} label={group.label}>
              {group.options.map((option) => (
                <option key={option.value} value={option.value}>
                  {option.label}
                </option>
              ))}
            </optgroup>
          ),
        )}
      </select>
      <Described id={id} hint={hint} error={error} />
    </div>
  );
}

/** A labelled checkbox with a hint. */
export function CheckboxField({
  label,
  name,
  checked,
  onChange,
  hint,
}: {
  label: string;
  name: string;
  checked: boolean;
  onChange: (checked: boolean) => void;
  hint?: React.ReactNode;
}) {
  const id = useId();
  return (
    <div>
      <div className="flex items-center gap-2">
        <input
          id={id}
          type="checkbox"
          name={name}
          checked={checked}
          onChange={(event) => onChange(event.target.checked)}
          aria-describedby={describedBy(id, hint, undefined)}
          className="accent-brand-600 size-4"
        />
        <label htmlFor={id} className="text-ink text-sm font-semibold">
          {label}
        </label>
      </div>
      <Described id={id} hint={hint} />
    </div>
  );
}

/** A group of radio buttons in a fieldset whose legend names the choice. */
export function RadioGroupField<T extends string>({
  legend,
  name,
  value,
  onChange,
  options,
  error,
}: {
  legend: string;
  name: string;
  value: T;
  onChange: (value: T) => void;
  options: readonly { value: T; label: string }[];
  error?: string;
}) {
  const id = useId();
  return (
    <fieldset aria-describedby={describedBy(id, undefined, error)}>
      <legend className="text-ink text-sm font-semibold">{legend}</legend>
      <div className="mt-1 flex flex-wrap gap-4">
        {options.map((option) => (
          <label key={option.value} className="text-ink flex items-center gap-2 text-sm">
            <input
              type="radio"
              name={name}
              value={option.value}
              checked={value === option.value}
              onChange={() => onChange(option.value)}
              className="accent-brand-600 size-4"
            />
            {option.label}
          </label>
        ))}
      </div>
      <Described id={id} error={error} />
    </fieldset>
  );
}
