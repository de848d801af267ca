/**
 * A resource's cover at a fixed size, so the layout never shifts while it loads. Decorative
 * (alt=""): the title beside it names the resource.
 */
export function ResourceCover({
  src,
  width,
  height,
  className = "",
  eager = false,
}: {
  src: string;
  width: number;
  height: number;
  className?: string;
  /** The detail page's cover is above the fold: load it at once. */
  eager?: boolean;
}) {
  return (
    // eslint-disable-next-line @next/next/no-img-element -- covers are SVGs or uploads served as-is; next/image would need every upload host configured
    <img
      src={src}
      alt=""
      width={width}
      height={height}
      loading={eager ? "eager" : "lazy"}
      decoding="async"
      className={`border-surface-border bg-surface-sunken shrink-0 rounded border object-cover ${className}`}
    />
  );
}
