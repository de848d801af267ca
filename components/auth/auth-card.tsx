/** The centred card the login and join pages sit in. */
export function AuthCard({
  title,
  intro,
  children,
  footer,
}: {
  title: string;
  intro?: React.ReactNode;
  children: React.ReactNode;
  footer?: React.ReactNode;
}) {
  return (
    <div className="flex justify-center px-4 py-12 sm:py-16">
      <div className="border-surface-border bg-surface w-full max-w-md rounded-xl border p-6 shadow-sm sm:p-8">
        <h1 className="text-ink text-2xl font-bold tracking-tight">{title}</h1>
        {intro && <div className="text-ink-soft mt-2 text-sm">{intro}</div>}
        <div className="mt-6">{children}</div>
        {footer && (
          <div className="border-surface-border text-ink-soft mt-6 border-t pt-4 text-sm">{footer}</div>
        )}
      </div>
    </div>
  );
}
