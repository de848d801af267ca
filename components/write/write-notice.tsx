/** A dismissible notice above the form (restored text, a version set aside), announced politely. */
export function WriteNotice({
  message,
  action,
  onAction,
  onDismiss,
}: {
  message: string;
  action: string | null;
  onAction: () => void;
  onDismiss: () => void;
}) {
  return (
    <div
      role="status"
      className="border-brand-500 bg-brand-50 text-ink flex flex-wrap items-center gap-x-4 gap-y-2 rounded-md border px-3 py-2 text-sm"
    >
      <p className="font-medium">{message}</p>
      <div className="ml-auto flex gap-3">
        {action && (
          <button
            type="button"
            onClick={onAction}
            className="text-brand-700 font-semibold underline underline-offset-2"
          >
            {action}
          </button>
        )}
        <button
          type="button"
          onClick={onDismiss}
          className="text-ink-soft font-semibold underline underline-offset-2"
        >
          Dismiss
        </button>
      </div>
    </div>
  );
}
