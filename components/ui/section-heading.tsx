export function SectionHeading({
  id,
  children,
  action,
}: {
  id?: string;
  children: React.ReactNode;
  action?: React.ReactNode;
}) {
  return (
    <div className="border-surface-border mb-4 flex items-baseline justify-between gap-4 border-b pb-2">
      <h2 id={id} className="text-ink text-lg font-bold">
        {children}
      </h2>
      {action}
    </div>
  );
}
