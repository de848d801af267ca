/** One titled card on a settings page; `tone="danger"` marks the irreversible ones. */
export function SettingsSection({
  id,
  title,
  description,
  tone = "default",
  children,
}: {
  id: string;
  title: string;
  description?: React.ReactNode;
  tone?: "default" | "danger";
  children: React.ReactNode;
}) {
  const border = tone === "danger" ? "border-red-300 dark:border-red-800" : "border-surface-border";
  return (
    <section aria-labelledby={id} className={`bg-surface rounded-xl border p-6 shadow-sm ${border}`}>
      <h2 id={id} className="text-ink text-lg font-bold">
        {title}
      </h2>
      {description && <div className="text-ink-soft mt-1 text-sm">{description}</div>}
      <div className="mt-5">{children}</div>
    </section>
  );
}
