// `npm run db:restore -- <file>`: restores a db:backup file into DATABASE_URL's database, which
// must be freshly created and empty (createdb zonepress_restored).
import { backupArguments, reportFailure, restoreDatabase } from "./lib/pg-dump";

const { databaseUrl, file } = backupArguments("npm run db:restore -- <file.dump>");
await restoreDatabase(databaseUrl, file).catch((error: unknown) => reportFailure("pg_restore", error));
console.log(`Restored ${file}`);
