import type { RequestAlert } from "./use-editorial-request";

/** The refusal of an editorial request, announced; a conflict offers to reload the page. */
export function RequestAlertBox({ alert, onReload }: { alert: RequestAlert | null; onReload: () => void }) {
  return (
    <div role="alert" aria-live="assertive">
      {alert && (
        <div className="mb-4 rounded-md border border-red-300 bg-red-50 px-3 py-2 text-sm text-red-800 dark:border-red-800 dark:bg-red-950 dark:text-red-200">
          <p className="font-medium">{alert.message}</p>
          {alert.conflict && (
            <button
              type="button"
              onClick={onReload}
              className="mt-2 font-semibold underline underline-offset-2"
            >
              Reload this page
            </button>
          )}
        </div>
      )}
    </div>
  );
}

/** A success message, announced politely. */
export function RequestStatus({ message }: { message: string }) {
  return (
    <p role="status" aria-live="polite" className="text-sm font-medium text-green-800 dark:text-green-300">
      {message}
    </p>
  );
}
