"use client";

import { useId, useState } from "react";
import { FormAlert } from "@/components/auth/form-alert";
import { submitJson } from "@/components/auth/submit-json";
import { FormStatus } from "@/components/settings/form-status";
import type { SubscriptionSettings } from "@/lib/db/subscriptions";
import { pluralize } from "@/lib/format";
import { choiceKey, FREQUENCY_LABELS, type Choice, type Target } from "@/lib/subscriptions/schemas";

interface Row {
  key: string;
  target: Target;
  targetId: number | null;
  label: string;
}

const CHOICES: readonly Choice[] = ["OFF", "DAILY", "WEEKLY"];

function rowsOf(settings: SubscriptionSettings): Row[] {
  const row = (target: Target, targetId: number | null, label: string): Row => ({
    key: choiceKey(target, targetId),
    target,
    targetId,
    label,
  });
  return [
    row("NEWSLETTER", null, "Site newsletter"),
    ...settings.categories.flatMap((c) => [
      row("CATEGORY", c.id, c.name),
      ...c.zones.map((z) => row("ZONE", z.id, z.name)),
    ]),
    ...settings.authors.map((a) => row("AUTHOR", a.id, a.name)),
  ];
}

function initialChoices(settings: SubscriptionSettings): Record<string, Choice> {
  return {
    [choiceKey("NEWSLETTER", null)]: settings.newsletter,
    ...Object.fromEntries(
      settings.categories.flatMap((c) => [
        [choiceKey("CATEGORY", c.id), c.choice],
        ...c.zones.map((z) => [choiceKey("ZONE", z.id), z.choice]),
      ]),
    ),
    ...Object.fromEntries(settings.authors.map((a) => [choiceKey("AUTHOR", a.id), a.choice])),
  };
}

/**
 * Every zone (by category), every category, the followed authors and the newsletter, each
 * off/daily/weekly, saved together by one request in one transaction. What the member chose
 * stays on screen after an error, with the message next to the row it is about.
 */
export function SubscriptionSettingsForm({
  settings,
  email,
}: {
  settings: SubscriptionSettings;
  email: string;
}) {
  const rows = rowsOf(settings);
  const [choices, setChoices] = useState(() => initialChoices(settings));
  const [saved, setSaved] = useState(choices);
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [alert, setAlert] = useState<string | null>(null);
  const [status, setStatus] = useState<string | null>(null);
  const [pending, setPending] = useState(false);
  const dirty = rows.some((r) => choices[r.key] !== saved[r.key]);

  async function onSubmit(event: React.FormEvent<HTMLFormElement>) {
    event.preventDefault();
    setPending(true);
    setStatus(null);
    const sent = choices;
    const result = await submitJson(
      "/api/subscriptions/mine",
      {
        choices: rows.map((r) => ({ target: r.target, targetId: r.targetId, frequency: sent[r.key] })),
      },
      "PUT",
    );
    setPending(false);
    if (result.ok) {
      setSaved(sent);
      setErrors({});
      setAlert(null);
      const on = rows.filter((r) => sent[r.key] !== "OFF").length;
      setStatus(
        on === 0
          ? "Saved. You are not subscribed to anything."
          : `Saved. ${pluralize(on, "subscription")} on.`,
      );
      return;
    }
    setErrors(result.problem.errors);
    const first = rows.find((r) => result.problem.errors[r.key]);
    setAlert(first ? "Some subscriptions could not be saved; see the marked rows." : result.problem.detail);
    if (first) document.querySelector<HTMLElement>(`#subscriptions-form [name="${first.key}"]`)?.focus();
  }

  const select = (row: Row) => (
    <ChoiceSelect
      key={row.key}
      row={row}
      value={choices[row.key] ?? "OFF"}
      error={errors[row.key]}
      onChange={(value) => setChoices((current) => ({ ...current, [row.key]: value }))}
    />
  );
  const byKey = new Map(rows.map((r) => [r.key, r]));
  const rowFor = (target: Target, id: number | null) => byKey.get(choiceKey(target, id))!;

  return (
    <form id="subscriptions-form" onSubmit={onSubmit} noValidate className="space-y-8">
      <FormAlert message={alert} />
      <FormStatus message={status} />
      <p className="text-ink-soft text-sm">
        Digests go to <strong className="text-ink break-words">{email}</strong> and only when there is
        something new. Daily ones come every morning (UTC); weekly ones on Mondays.
      </p>

      <Group title="Newsletter" id="subscriptions-newsletter">
        <ul className="divide-surface-border divide-y">{select(rowFor("NEWSLETTER", null))}</ul>
        <p className="text-muted mt-2 text-xs">The most-read new articles across the whole site.</p>
      </Group>

      <Group title="Zones and categories" id="subscriptions-zones">
        {settings.categories.map((category) => (
          <div key={category.id} className="mt-4 first:mt-0">
            <h3 className="text-ink text-sm font-bold">{category.name}</h3>
            <ul className="divide-surface-border mt-1 divide-y">
              {select({ ...rowFor("CATEGORY", category.id), label: `All of ${category.name}` })}
              {category.zones.map((zone) => select(rowFor("ZONE", zone.id)))}
            </ul>
          </div>
        ))}
      </Group>

      <Group title="Authors you follow" id="subscriptions-authors">
        {settings.authors.length === 0 ? (
          <p className="text-ink-soft text-sm">
            None yet. Use <strong>Subscribe</strong> on an author&apos;s profile page to get their new
            articles.
          </p>
        ) : (
          <ul className="divide-surface-border divide-y">
            {settings.authors.map((author) => select(rowFor("AUTHOR", author.id)))}
          </ul>
        )}
      </Group>

      <div className="bg-surface border-surface-border sticky bottom-0 flex flex-wrap items-center gap-3 border-t py-3">
        <button
          type="submit"
          disabled={pending}
          className="bg-brand-600 hover:bg-brand-700 text-on-brand rounded-md px-4 py-2 text-sm font-semibold disabled:opacity-60"
        >
          {pending ? "Saving…" : "Save subscriptions"}
        </button>
        {dirty && <span className="text-muted text-sm">Unsaved changes</span>}
      </div>
    </form>
  );
}

function Group({ title, id, children }: { title: string; id: string; children: React.ReactNode }) {
  return (
    <section
      aria-labelledby={id}
      className="bg-surface border-surface-border rounded-xl border p-6 shadow-sm"
    >
      <h2 id={id} className="text-ink text-lg font-bold">
        {title}
      </h2>
      <div className="mt-4">{children}</div>
    </section>
  );
}

function ChoiceSelect({
  row,
  value,
  error,
  onChange,
}: {
  row: Row;
  value: Choice;
  error?: string;
  onChange: (value: Choice) => void;
}) {
  const id = useId();
  const errorId = error ? `${id}-error` : undefined;
  return (
    <li className="py-2">
      <div className="flex items-center justify-between gap-4">
        <label htmlFor={id} className="text-ink min-w-0 flex-1 text-sm">
          {row.label}
        </label>
        <select
          id={id}
          name={row.key}
          value={value}
          aria-invalid={error ? true : undefined}
          aria-describedby={errorId}
          onChange={(e) => onChange(e.target.value as Choice)}
          className={`bg-surface text-ink rounded-md border px-2 py-1 text-sm focus:ring-2 focus:outline-none ${
            error ? "border-red-600 focus:ring-red-600" : "border-surface-border focus:ring-brand-600"
          } ${value === "OFF" ? "" : "font-semibold"}`}
        >
          {CHOICES.map((choice) => (
            <option key={choice} value={choice}>
              {FREQUENCY_LABELS[choice]}
            </option>
          ))}
        </select>
      </div>
      {error && (
        <p id={errorId} className="mt-1 text-sm font-medium text-red-700 dark:text-red-400">
          {error}
        </p>
      )}
    </li>
  );
}
