import type { NextConfig } from "next";

const nextConfig: NextConfig = {
  // "use cache" + cacheTag/cacheLife for public pages (DESIGN.md §5).
  cacheComponents: true,
  partialPrefetching: true,
  poweredByHeader: false,
  reactStrictMode: true,
  typedRoutes: false,
  images: { formats: ["image/avif", "image/webp"] },
};

export default nextConfig;
