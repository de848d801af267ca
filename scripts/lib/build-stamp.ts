import { createHash } from "node:crypto";
import { existsSync, readdirSync, readFileSync, statSync, writeFileSync } from "node:fs";
import { join, relative } from "node:path";

const root = new URL("../..", import.meta.url).pathname;

// What a production build depends on. With cacheComponents the build prerenders public
// pages from the database, so the database it was built against is part of the stamp too.
const inputs = [
  "app",
  "components",
  "lib",
  "public",
  "prisma/schema.prisma",
  "next.config.ts",
  "tailwind.config.ts",
  "postcss.config.mjs",
  "tsconfig.json",
  "package-lock.json",
];
const skip = new Set(["generated", "node_modules", ".next"]);

function walk(path: string, files: string[]): void {
  if (!existsSync(path)) return;
  if (statSync(path).isDirectory()) {
    for (const entry of readdirSync(path).sort()) if (!skip.has(entry)) walk(join(path, entry), files);
  } else {
    files.push(path);
  }
}

export function computeBuildStamp(databaseUrl: string): string {
  const hash = createHash("sha256");
  const files: string[] = [];
  for (const input of inputs) walk(join(root, input), files);
  for (const file of files) {
    hash.update(relative(root, file));
    hash.update(readFileSync(file));
  }
  hash.update(databaseUrl);
  return hash.digest("hex");
}

function stampPath(distDir: string): string {
  return join(root, distDir, "zonepress-build-stamp");
}

/** True when distDir holds a complete build made from these sources against this database. */
export function isBuildCurrent(distDir: string, stamp: string): boolean {
  const path = stampPath(distDir);
  return (
    existsSync(join(root, distDir, "BUILD_ID")) && existsSync(path) && readFileSync(path, "utf8") === stamp
  );
}

export function writeBuildStamp(distDir: string, stamp: string): void {
  writeFileSync(stampPath(distDir), stamp);
}
