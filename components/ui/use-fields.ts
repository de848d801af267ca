"use client";

import { useState } from "react";

/**
 * The values and per-field errors of a form, and `bind(field)` giving a field component its
 * name, value, error and change handler. Values are only replaced by typing (or the caller), so
 * nothing the user typed is lost when the server answers with errors.
 */
export function useFields<F extends string>(initial: Record<F, string>) {
  const [values, setValues] = useState<Record<F, string>>(initial);
  const [errors, setErrors] = useState<Record<string, string>>({});
  const bind = (field: F) => ({
    name: field,
    value: values[field],
    error: errors[field],
    onChange: (e: React.ChangeEvent<HTMLInputElement | HTMLTextAreaElement>) =>
      setValues((v) => ({ ...v, [field]: e.target.value })),
  });
  return { values, setValues, errors, setErrors, bind };
}
