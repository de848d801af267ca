export function SectionHeading({ id, children, action }: { id?: string; children: React.ReactNode; action?: React.ReactNode }) {
  return (
    <div className="mb-4 flex items-baseline justify-between gap-4 border-b border-surface-border pb-2">
      <h2 id={id} className="text-lg font-bold text-ink">
        {children}
      </h2>
      {action}
    </div>
  );
}
