/** A success message for a settings form, announced politely when it appears. */
export function FormStatus({ message, children }: { message: string | null; children?: React.ReactNode }) {
  return (
    <div role="status" aria-live="polite">
      {message && (
        <p className="mb-4 rounded-md border border-green-300 bg-green-50 px-3 py-2 text-sm font-medium text-green-900 dark:border-green-800 dark:bg-green-950 dark:text-green-200">
          {message} {children}
        </p>
      )}
    </div>
  );
}
