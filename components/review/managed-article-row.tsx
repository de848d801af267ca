"use client";

import Link from "next/link";
import { useId, useRef, useState } from "react";
import { submitJson } from "@/components/auth/submit-json";
import { NoteConfirm } from "@/components/editor/note-confirm";
import { cellClass } from "@/components/editor/table-styles";
import { UNPUBLISH_NOTE_MAX } from "@/lib/editorial/decision-input";
import { formatDate, formatNumber } from "@/lib/format";

export interface ManagedArticleDto {
  id: number;
  slug: string;
  title: string;
  status: "PUBLISHED" | "ARCHIVED";
  version: number;
  publishedAt: string | null;
  viewCount: number;
  author: { name: string; username: string } | null;
  zone: { name: string; slug: string };
}

const buttonClass =
  "border-surface-border text-ink hover:border-brand-500 hover:text-brand-600 rounded-md border px-2.5 py-1 text-xs font-semibold disabled:opacity-60";

/**
 * One published or unpublished article with its action. Unpublishing asks once more (with an
 * optional note for the author); the row then offers to re-publish, so a slip is one click away
 * from undone. The row shows what the server answered.
 */
export function ManagedArticleRow({ initial }: { initial: ManagedArticleDto }) {
  const [article, setArticle] = useState(initial);
  const [confirming, setConfirming] = useState(false);
  const [pending, setPending] = useState(false);
  const [status, setStatus] = useState("");
  const [error, setError] = useState<string | null>(null);
  const errorId = useId();
  const actionRef = useRef<HTMLButtonElement>(null);

  async function act(action: "unpublish" | "republish", note = "") {
    setPending(true);
    setError(null);
    setStatus("");
    const result = await submitJson<{ article: { status: ManagedArticleDto["status"]; version: number } }>(
      `/api/editor/articles/${article.id}/${action}`,
      action === "unpublish" && note.trim()
        ? { version: article.version, note }
        : { version: article.version },
    );
    setPending(false);
    if (!result.ok) {
      setError(result.problem.errors.note ?? result.problem.detail);
      return;
    }
    setArticle((current) => ({ ...current, ...result.data.article }));
    setConfirming(false);
    setStatus(
      action === "unpublish"
        ? `“${article.title}” is unpublished.`
        : `“${article.title}” is published again.`,
    );
    // The button changes under the focus; keep the focus on it.
    requestAnimationFrame(() => actionRef.current?.focus());
  }

  const published = article.status === "PUBLISHED";
  return (
    <tr>
      <td className={`${cellClass} text-ink font-medium`}>
        {published ? (
          <Link href={`/articles/${article.slug}`} className="text-brand-600 hover:underline">
            {article.title}
          </Link>
        ) : (
          article.title
        )}
        <span className="text-muted block text-xs">
          <Link href={`/editor/review/${article.id}`} className="hover:underline">
            Review page and history
          </Link>
        </span>
      </td>
      <td className={cellClass}>{article.author?.name ?? "Former member"}</td>
      <td className={cellClass}>{article.zone.name}</td>
      <td className={cellClass}>
        {article.publishedAt ? (
          <time dateTime={article.publishedAt}>{formatDate(new Date(article.publishedAt))}</time>
        ) : (
          "—"
        )}
      </td>
      <td className={cellClass}>{formatNumber(article.viewCount)}</td>
      <td className={cellClass}>
        <span className="text-ink block text-xs font-semibold">
          {published ? "Published" : "Unpublished"}
        </span>
        {published && !confirming && (
          <button
            ref={actionRef}
            type="button"
            className={`${buttonClass} mt-1`}
            disabled={pending}
            aria-describedby={error ? errorId : undefined}
            onClick={() => setConfirming(true)}
          >
            Unpublish
          </button>
        )}
        {!published && (
          <button
            ref={actionRef}
            type="button"
            className={`${buttonClass} mt-1`}
            disabled={pending}
            aria-describedby={error ? errorId : undefined}
            onClick={() => void act("republish")}
          >
            {pending ? "Publishing…" : "Re-publish"}
          </button>
        )}
        {published && confirming && (
          <NoteConfirm
            label="Note for the author (optional)"
            explanation="It leaves every list and feed; its address will answer “gone”."
            maxLength={UNPUBLISH_NOTE_MAX}
            confirmLabel="Confirm unpublish"
            pendingLabel="Unpublishing…"
            pending={pending}
            onConfirm={(note) => void act("unpublish", note)}
            onCancel={() => setConfirming(false)}
          />
        )}
        <p aria-live="polite" className="sr-only">
          {status}
        </p>
        {error && (
          <p id={errorId} role="alert" className="mt-2 text-xs font-medium text-red-700 dark:text-red-400">
            {error}
          </p>
        )}
      </td>
    </tr>
  );
}
