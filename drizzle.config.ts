import { defineConfig } from "drizzle-kit";

// `npm run db:generate-migration` writes a new SQL migration under db/migrations
// from the difference between db/schema.ts and the last snapshot. Read every
// generated file before committing it (see STYLE.md: table rebuilds and
// foreign keys).
export default defineConfig({
  dialect: "sqlite",
  schema: "./db/schema.ts",
  out: "./db/migrations",
});
