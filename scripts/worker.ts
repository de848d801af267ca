// `npm run worker`: the job workers alone (pg-boss queues and outbox delivery), for deployments
// that run the app with WORKERS=off. Any number may run at once against one database
// (docs/scaling.md). Stops cleanly on SIGTERM/SIGINT (lib/shutdown.ts): running jobs finish or
// are retried, then the connections are closed.
import { registerWorkersShutdown } from "@/lib/jobs/lifecycle";
import { startWorkers } from "@/lib/jobs/workers";
import { registerConnectionShutdown } from "@/lib/shutdown-connections";

if (!process.env.DATABASE_URL) {
  console.error("DATABASE_URL is not set. Point it at the app's database (npm run db:server prints one).");
  process.exit(1);
}

registerConnectionShutdown();
const workers = await startWorkers();
registerWorkersShutdown(workers);
console.log("Workers running; Ctrl-C or SIGTERM stops them.");
