export function Container({ children, className = "" }: { children: React.ReactNode; className?: string }) {
  return <div className={`max-w-content mx-auto w-full px-4 sm:px-6 ${className}`}>{children}</div>;
}
