// `npm run dev`: database (embedded unless DATABASE_URL is set) → migrate → seed when
// empty → `next dev`. Ctrl-C stops Next and the embedded database.
import { stopLeftoverServer } from "./lib/leftover-server";
import { prepareDatabase } from "./lib/prepare-database";
import { nextBin, serveUntilSignal } from "./lib/processes";

const log = (line: string) => console.log(`[zonepress] ${line}`);

async function main() {
  await stopLeftoverServer(log);
  const database = await prepareDatabase(log);
  const port = process.env.PORT ?? "3000";
  log(`Starting the development server on http://localhost:${port}`);
  const env = { ...process.env, DATABASE_URL: database.databaseUrl, NEXT_TELEMETRY_DISABLED: "1" };
  serveUntilSignal(nextBin(), ["dev", "-p", port], env, database.stop);
}

main().catch((error: unknown) => {
  console.error(`[zonepress] ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
});
