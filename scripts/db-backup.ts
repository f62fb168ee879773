// `npm run db:backup [-- <destination>]`: copies the database at DATABASE_URL
// (default data/portal.db) with SQLite's online backup, safe while the server
// runs and writes. Default destination: backups/portal-YYYYMMDD-HHMMSS.db
// (UTC). The copy is checked (integrity, foreign keys, search index) before it
// gets its name, so a file in backups/ is always a sound database.
import { backupDatabase, BackupError, configuredDatabase, defaultBackupPath, formatBytes } from "./lib/backup";

const args = process.argv.slice(2).filter((arg) => arg !== "--");
if (args.includes("--help") || args.length > 1) {
  console.log(
    "Usage: npm run db:backup [-- <destination.db>]\nCopies DATABASE_URL (default data/portal.db) to backups/portal-YYYYMMDD-HHMMSS.db, or to <destination.db>.",
  );
  process.exit(args.includes("--help") ? 0 : 1);
}

const source = configuredDatabase();
const destination = args[0] ?? defaultBackupPath();
try {
  const started = Date.now();
  const result = await backupDatabase(source, destination);
  console.log(`Backed up ${source} to ${result.file}`);
  console.log(`  ${formatBytes(result.bytes)}, ${result.pages} pages, in ${Date.now() - started} ms`);
  console.log("  Checked: integrity_check ok, no broken foreign keys, search index matches the answers.");
  console.log(`Restore it with: npm run db:restore -- ${result.file} --force (with the server stopped)`);
} catch (error) {
  console.error(error instanceof BackupError ? error.message : error);
  process.exit(1);
}
