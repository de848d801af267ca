// `npm run db:backup -- <file>`: a pg_dump custom-format backup of DATABASE_URL's database.
import { backupArguments, backupDatabase, reportFailure } from "./lib/pg-dump";

const { databaseUrl, file } = backupArguments("npm run db:backup -- <file.dump>");
await backupDatabase(databaseUrl, file).catch((error: unknown) => reportFailure("pg_dump", error));
console.log(`Backup written to ${file}`);
