// The production server: Express serving the Remix build.
// `npm start` builds first, then runs this file. It validates the environment,
// applies migrations and seeds an empty database before it listens.
import path from "node:path";
import { fileURLToPath } from "node:url";
import { createRequestHandler } from "@remix-run/express";
import express from "express";

process.env.NODE_ENV ??= "production";
// `npm start` passes --demo: an empty database also gets the demo's fictional
// answers (see DEMO_DATA in app/env.server.ts). An explicit DEMO_DATA wins.
if (process.argv.includes("--demo")) process.env.DEMO_DATA ??= "true";
const root = path.dirname(fileURLToPath(import.meta.url));
const build = await import(path.join(root, "build", "index.js"));

let config;
try {
  config = build.entry.module.startServices();
} catch (error) {
  // A bad environment variable or an unreadable database: say so in a sentence.
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
}

const app = express();
app.disable("x-powered-by");

// Fingerprinted assets from the build never change: cache them for a year.
app.use(
  "/build",
  express.static(path.join(root, "public", "build"), { immutable: true, maxAge: "1y" }),
);
app.use(express.static(path.join(root, "public"), { maxAge: "1h" }));
app.all(
  "*",
  createRequestHandler({
    build,
    mode: config.NODE_ENV,
    // The client's address, for rate limits and the local-only mailbox.
    getLoadContext: (req) => ({ clientIp: req.socket.remoteAddress }),
  }),
);

const server = app.listen(config.PORT, () => {
  console.log(`Consultation portal listening on http://localhost:${config.PORT}`);
});

for (const signal of ["SIGINT", "SIGTERM"]) {
  process.on(signal, () => server.close(() => process.exit(0)));
}
