import { resolve } from "node:path";
import type { NextConfig } from "next";
import { env } from "./lib/env";
import { securityHeaders } from "./lib/http/security-headers";

// Several instances behind a load balancer share one cache through Redis (docs/scaling.md).
// Paths are from the project root, where `next start` runs. Without REDIS_URL a single instance
// keeps Next's own in-process and file-system caches.
const redisCache = process.env.REDIS_URL
  ? {
      cacheHandler: resolve("lib/cache/redis-cache-handler.mjs"),
      cacheHandlers: {
        default: resolve("lib/cache/redis-use-cache-handler.mjs"),
        remote: resolve("lib/cache/redis-use-cache-handler.mjs"),
      },
    }
  : {};

const nextConfig: NextConfig = {
  // "use cache" + cacheTag/cacheLife for public pages (DESIGN.md §5).
  cacheComponents: true,
  // The e2e run builds into its own directory so it never clobbers a developer build.
  distDir: process.env.NEXT_DIST_DIR ?? ".next",
  // Off: dynamic routes await params before any Suspense boundary, so an unknown slug gets a
  // real 404 status instead of a 200 App Shell that streams "not found" (SEO, crawlers).
  partialPrefetching: false,
  poweredByHeader: false,
  reactStrictMode: true,
  typedRoutes: false,
  images: { formats: ["image/avif", "image/webp"] },
  // piscina starts its own dist/worker.js by path (__dirname); bundled, that path points into
  // nowhere and no markdown worker ever starts. Loaded from node_modules, it is found.
  serverExternalPackages: ["piscina"],
  // CSP, nosniff, frame and referrer policy on every response (docs/security.md).
  headers: async () => [
    { source: "/:path*", headers: securityHeaders(env().SITE_URL, env().NODE_ENV === "development") },
  ],
  ...redisCache,
};

export default nextConfig;
