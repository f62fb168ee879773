// `npm run db:restore -- <backup.db> [--to <database>] [--force]`: puts a
// backup in place of the database at DATABASE_URL (default data/portal.db), or
// at --to. Checks the backup first; refuses to replace an existing database
// without --force, and refuses while another process (the server) has it
// open. The swap is one rename: the database is the old one or the backup,
// never a mix. Stop the server first, start it again afterwards.
import { BackupError, configuredDatabase, formatBytes, restoreDatabase } from "./lib/backup";

const args = process.argv.slice(2).filter((arg) => arg !== "--");
const force = args.includes("--force");
const toIndex = args.indexOf("--to");
const target = toIndex >= 0 ? args[toIndex + 1] : configuredDatabase();
const files = args.filter((arg, i) => !arg.startsWith("--") && !(toIndex >= 0 && i === toIndex + 1));

if (args.includes("--help") || files.length !== 1 || !target) {
  console.log(
    "Usage: npm run db:restore -- <backup.db> [--to <database>] [--force]\n" +
      "Replaces DATABASE_URL (default data/portal.db), or --to, with the backup. Stop the server first.",
  );
  process.exit(args.includes("--help") ? 0 : 1);
}

try {
  const result = restoreDatabase(files[0]!, target, { force });
  if (result.warning) console.warn(`Warning: ${result.warning}`);
  console.log(`Checked ${files[0]}: integrity_check ok, no broken foreign keys, search index matches the answers.`);
  console.log(`${result.replaced ? "Replaced" : "Created"} ${result.target} from it (${formatBytes(result.bytes)}).`);
  console.log("Start the server again; it applies any newer migrations to the restored database.");
} catch (error) {
  console.error(error instanceof BackupError ? error.message : error);
  process.exit(1);
}
