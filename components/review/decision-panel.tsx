"use client";

import { useId, useState } from "react";
import { TextAreaField } from "@/components/settings/text-area-field";
import { useFields } from "@/components/ui/use-fields";
import { FEEDBACK_MAX, REJECT_REASONS } from "@/lib/editorial/decision-input";
import { LocalTime } from "./local-time";
import { RequestAlertBox, RequestStatus } from "./request-alert";
import { ScheduleField } from "./schedule-field";
import { fromLocalInputValue, toLocalInputValue } from "./time-zone";
import { useEditorialRequest } from "./use-editorial-request";

export interface DecisionArticle {
  id: number;
  version: number;
  /** ISO time of a pending schedule, or null. */
  scheduledFor: string | null;
}

type Choice = "publish" | "schedule" | "request-changes" | "reject";

const CHOICES: { value: Choice; label: string; hint: string }[] = [
  { value: "publish", label: "Publish now", hint: "Readers see it at once." },
  { value: "schedule", label: "Schedule", hint: "Publish it at a date and time you choose." },
  { value: "request-changes", label: "Request changes", hint: "Send it back to the author with feedback." },
  { value: "reject", label: "Reject", hint: "Decline it, with a reason." },
];

const primaryClass =
  "bg-brand-600 hover:bg-brand-700 text-on-brand rounded-md px-4 py-2 text-sm font-semibold disabled:opacity-60";
const secondaryClass =
  "border-surface-border text-ink hover:border-brand-500 hover:text-brand-600 rounded-md border px-3 py-1.5 text-sm font-semibold disabled:opacity-60";

/**
 * The editor's decision on a submission waiting for review: one of four, each sent with the
 * version on screen so a decision is never taken on text the editor has not seen. A pending
 * schedule can be cancelled or moved. What the editor typed stays after any refusal.
 */
export function DecisionPanel({ article }: { article: DecisionArticle }) {
  const [choice, setChoice] = useState<Choice>("publish");
  const { values, setValues, errors, setErrors, bind } = useFields({
    publishAt: "",
    feedback: "",
    reason: "",
    note: "",
  });
  const { send, pending, alert, status, refresh } = useEditorialRequest(setErrors);
  const reasonId = useId();
  const base = `/api/editor/articles/${article.id}`;
  const { version } = article;

  function choose(next: Choice) {
    setChoice(next);
    // Moving a schedule starts from the current one.
    const { scheduledFor } = article;
    if (next === "schedule" && values.publishAt === "" && scheduledFor) {
      setValues((current) => ({ ...current, publishAt: toLocalInputValue(new Date(scheduledFor)) }));
    }
  }

  function submit(event: React.FormEvent<HTMLFormElement>) {
    event.preventDefault();
    switch (choice) {
      case "publish":
        void send(`${base}/publish`, "POST", { version }, "Published. Readers can see it now.");
        return;
      case "schedule": {
        const at = fromLocalInputValue(values.publishAt);
        if (!at) {
          setErrors({ publishAt: "Choose a date and time" });
          return;
        }
        void send(`${base}/schedule`, "PUT", { version, publishAt: at.toISOString() }, "Scheduled.");
        return;
      }
      case "request-changes":
        void send(
          `${base}/request-changes`,
          "POST",
          { version, feedback: values.feedback },
          "Sent back to the author with your feedback.",
        );
        return;
      case "reject":
        void send(
          `${base}/reject`,
          "POST",
          { version, reason: values.reason, note: values.note },
          "Rejected.",
        );
        return;
    }
  }

  const button = {
    publish: pending ? "Publishing…" : "Publish now",
    schedule: pending ? "Scheduling…" : article.scheduledFor ? "Move the schedule" : "Schedule",
    "request-changes": pending ? "Sending…" : "Send feedback to the author",
    reject: pending ? "Rejecting…" : "Reject the article",
  }[choice];

  return (
    <div>
      <RequestAlertBox alert={alert} onReload={refresh} />
      {article.scheduledFor && (
        <div className="border-brand-500 bg-brand-50 mb-4 rounded-md border-l-4 p-3 text-sm">
          <p className="text-ink font-semibold">
            Scheduled to publish <LocalTime iso={article.scheduledFor} />
          </p>
          <p className="text-ink-soft mt-1">It stays out of the review queue until then.</p>
          <button
            type="button"
            className={`${secondaryClass} mt-2`}
            disabled={pending}
            onClick={() =>
              void send(
                `${base}/schedule`,
                "DELETE",
                { version },
                "Schedule cancelled; it is back in the queue.",
              )
            }
          >
            Cancel schedule
          </button>
        </div>
      )}
      <form onSubmit={submit} noValidate className="space-y-4">
        <fieldset>
          <legend className="text-ink text-sm font-semibold">Your decision</legend>
          <div className="mt-2 space-y-2">
            {CHOICES.map((option) => (
              <label key={option.value} className="flex cursor-pointer items-start gap-2 text-sm">
                <input
                  type="radio"
                  name="decision"
                  value={option.value}
                  checked={choice === option.value}
                  onChange={() => choose(option.value)}
                  className="accent-brand-600 mt-1"
                />
                <span>
                  <span className="text-ink font-medium">
                    {option.value === "schedule" && article.scheduledFor ? "Move the schedule" : option.label}
                  </span>
                  <span className="text-muted block text-xs">{option.hint}</span>
                </span>
              </label>
            ))}
          </div>
        </fieldset>

        {choice === "schedule" && (
          <ScheduleField
            value={values.publishAt}
            error={errors.publishAt}
            onValue={(publishAt) => setValues((current) => ({ ...current, publishAt }))}
          />
        )}
        {choice === "request-changes" && (
          <TextAreaField
            label="Feedback for the author"
            rows={6}
            maxLength={FEEDBACK_MAX}
            required
            hint="Say what to change and why; the author sees this on their drafts and by email."
            {...bind("feedback")}
          />
        )}
        {choice === "reject" && (
          <>
            <div>
              <label htmlFor={reasonId} className="text-ink block text-sm font-semibold">
                Reason
              </label>
              <select
                id={reasonId}
                name="reason"
                required
                value={values.reason}
                onChange={(event) => setValues((current) => ({ ...current, reason: event.target.value }))}
                aria-invalid={errors.reason ? true : undefined}
                aria-describedby={errors.reason ? `${reasonId}-error` : undefined}
                className={`bg-surface text-ink mt-1 block w-full rounded-md border px-3 py-2 text-sm focus:ring-2 focus:outline-none ${
                  errors.reason
                    ? "border-red-600 focus:ring-red-600"
                    : "border-surface-border focus:ring-brand-600"
                }`}
              >
                <option value="">Choose a reason…</option>
                {Object.entries(REJECT_REASONS).map(([code, label]) => (
                  <option key={code} value={code}>
                    {label}
                  </option>
                ))}
              </select>
              {errors.reason && (
                <p
                  id={`${reasonId}-error`}
                  className="mt-1 text-sm font-medium text-red-700 dark:text-red-400"
                >
                  {errors.reason}
                </p>
              )}
            </div>
            <TextAreaField
              label="Explanation for the author"
              rows={5}
              maxLength={FEEDBACK_MAX}
              required
              hint="Required: the author sees it with the reason."
              {...bind("note")}
            />
          </>
        )}
        <button type="submit" className={primaryClass} disabled={pending}>
          {button}
        </button>
      </form>
      <div className="mt-3">
        <RequestStatus message={status} />
      </div>
    </div>
  );
}
