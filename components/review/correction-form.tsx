"use client";

import { TextField } from "@/components/auth/text-field";
import { TextAreaField } from "@/components/settings/text-area-field";
import { useFields } from "@/components/ui/use-fields";
import { DRAFT_LIMITS } from "@/lib/validation/drafts";
import { RequestAlertBox, RequestStatus } from "./request-alert";
import { useEditorialRequest } from "./use-editorial-request";

/** 100 KB of markdown (lib/markdown/limits.ts), as the counter shows it. */
const BODY_MAX = 100 * 1024;

/**
 * An editor's correction of the submission before publishing (typos, a clumsy title). Saved as
 * a revision by the editor; the preview, the diff and the history update after saving.
 */
export function CorrectionForm({
  articleId,
  version,
  initial,
}: {
  articleId: number;
  version: number;
  initial: { title: string; summary: string; bodyMarkdown: string };
}) {
  const { values, setErrors, bind } = useFields(initial);
  const { send, pending, alert, status, refresh } = useEditorialRequest(setErrors);

  return (
    <form
      noValidate
      className="space-y-4"
      onSubmit={(event) => {
        event.preventDefault();
        void send(
          `/api/editor/articles/${articleId}/content`,
          "PUT",
          { version, ...values },
          "Correction saved. The preview and history show it.",
        );
      }}
    >
      <RequestAlertBox alert={alert} onReload={refresh} />
      <TextField label="Title" maxLength={DRAFT_LIMITS.titleMax} {...bind("title")} />
      <TextAreaField label="Summary" rows={3} maxLength={DRAFT_LIMITS.summaryMax} {...bind("summary")} />
      <TextAreaField
        label="Body (markdown)"
        rows={16}
        maxLength={BODY_MAX}
        hint="Rendered with the same pipeline as the author's text when you save."
        {...bind("bodyMarkdown")}
      />
      <div className="flex flex-wrap items-center gap-3">
        <button
          type="submit"
          disabled={pending}
          className="bg-brand-600 hover:bg-brand-700 text-on-brand rounded-md px-4 py-2 text-sm font-semibold disabled:opacity-60"
        >
          {pending ? "Saving…" : "Save correction"}
        </button>
        <RequestStatus message={status} />
      </div>
    </form>
  );
}
