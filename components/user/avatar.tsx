import Image from "next/image";

function initials(name: string): string {
  const letters = name
    .trim()
    .split(/\s+/)
    .slice(0, 2)
    .map((word) => word.charAt(0).toUpperCase());
  return letters.join("") || "?";
}

interface AvatarProps {
  name: string;
  url: string | null;
  /** Square size in CSS pixels. */
  size?: number;
  className?: string;
}

/**
 * A member's picture, or their initials when they have none. Always decorative: the name is
 * shown in text next to it, so screen readers hear it once.
 */
export function Avatar({ name, url, size = 40, className = "" }: AvatarProps) {
  const box = `shrink-0 rounded-full ${className}`;
  if (url) {
    // Avatars may live on OAuth providers' hosts; unoptimized serves them as they are.
    return (
      <Image
        src={url}
        alt=""
        width={size}
        height={size}
        unoptimized
        className={`bg-surface-sunken object-cover ${box}`}
      />
    );
  }
  return (
    <span
      aria-hidden="true"
      className={`bg-brand-100 text-brand-700 inline-flex items-center justify-center font-semibold ${box}`}
      style={{ width: size, height: size, fontSize: Math.round(size * 0.4) }}
    >
      {initials(name)}
    </span>
  );
}
