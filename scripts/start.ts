// `npm start`: database (embedded unless DATABASE_URL is set) → migrate → seed when empty →
// `next build` when there is no current build → `next start`. Ctrl-C stops everything.
import { ensureAuthSecret } from "./lib/auth-secret";
import { computeBuildStamp, isBuildCurrent, writeBuildStamp } from "./lib/build-stamp";
import { stopLeftoverServer } from "./lib/leftover-server";
import { prepareDatabase } from "./lib/prepare-database";
import { nextBin, run, serveUntilSignal } from "./lib/processes";

const log = (line: string) => console.log(`[zonepress] ${line}`);

async function main() {
  await stopLeftoverServer(log);
  const database = await prepareDatabase(log);
  const distDir = process.env.NEXT_DIST_DIR ?? ".next";
  const env = {
    ...process.env,
    DATABASE_URL: database.databaseUrl,
    AUTH_SECRET: ensureAuthSecret(log),
    NEXT_TELEMETRY_DISABLED: "1",
  };

  try {
    const stamp = computeBuildStamp(database.databaseUrl);
    if (isBuildCurrent(distDir, stamp)) {
      log("The production build is current");
    } else {
      log("Building the production bundle (first start or changed sources)…");
      await run("node", ["scripts/prisma-generate.mjs"], env);
      await run(nextBin(), ["build"], env);
      writeBuildStamp(distDir, stamp);
    }
  } catch (error) {
    await database.stop();
    throw error;
  }

  const port = process.env.PORT ?? "3000";
  log(`Serving on http://localhost:${port}`);
  serveUntilSignal(nextBin(), ["start", "-p", port], { ...env, NODE_ENV: "production" }, database.stop);
}

main().catch((error: unknown) => {
  console.error(`[zonepress] ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
});
