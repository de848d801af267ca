// `npm run worker`: the job workers alone (pg-boss queues and outbox delivery), for deployments
// that run the app with WORKERS=off. Any number may run at once against one database
// (docs/scaling.md). Stops cleanly on SIGTERM/SIGINT: running jobs finish or are retried.
import { stopOnSignal } from "@/lib/jobs/shutdown";
import { startWorkers } from "@/lib/jobs/workers";

if (!process.env.DATABASE_URL) {
  console.error("DATABASE_URL is not set. Point it at the app's database (npm run db:server prints one).");
  process.exit(1);
}

const workers = await startWorkers();
stopOnSignal((timeoutMs) => workers.stop(timeoutMs));
console.log("Workers running; Ctrl-C or SIGTERM stops them.");
