// The production server: Express serving the Remix build.
// `npm start` builds first, then runs this file. It validates the environment,
// applies migrations and seeds an empty database before it listens.
import http from "node:http";
import path from "node:path";
import { fileURLToPath } from "node:url";
import express from "express";

process.env.NODE_ENV ??= "production";
// `npm start` passes --demo: an empty database also gets the demo's fictional
// answers (see DEMO_DATA in app/platform/env.server.ts). An explicit DEMO_DATA wins.
const demo = process.argv.includes("--demo");
if (demo) process.env.DEMO_DATA ??= "true";
const root = path.dirname(fileURLToPath(import.meta.url));
const build = await import(path.join(root, "build", "index.js"));

let config;
try {
  // --demo also lets a fresh machine run without SESSION_SECRET (demo-secret.server.ts).
  config = build.entry.module.startServices({ demo });
} catch (error) {
  // A bad environment variable or an unreadable database: say so in a sentence.
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
}

const app = express();
app.disable("x-powered-by");
// Which proxies may tell the client's address (X-Forwarded-For): TRUST_PROXY,
// validated in app/platform/env.server.ts. req.ip then gives the client, for rate limits.
app.set("trust proxy", config.TRUST_PROXY);
// Security headers and CSP nonce, the same-origin check for form posts, the
// 1 MB body limit: app/platform/security.server.ts.
app.use(build.entry.module.securityMiddleware(config));

// Fingerprinted assets from the build never change: cache them for a year.
app.use("/build", express.static(path.join(root, "public", "build"), { immutable: true, maxAge: "1y" }));
app.use(express.static(path.join(root, "public"), { maxAge: "1h" }));

// The public pages kept in memory (app/platform/page-cache.server.ts): answered before
// Express, whose routing and middleware would cost more than sending them.
const pages = build.entry.module.createPublicPages(config);

// Remix, given the body the limit above has read: app/platform/express-handler.server.ts.
app.all("*", build.entry.module.remixHandler(build, config, pages));

// Only for `npm run bench`: the event loop's delay, measured in this process.
const eventLoop = process.env.BENCH_EVENT_LOOP === "1" ? await import("./scripts/bench/event-loop.mjs") : null;

const server = http.createServer((req, res) => {
  if (eventLoop?.answer(req, res)) return;
  if (!pages.serveFromMemory(req, res)) app(req, res);
});
server.listen(config.PORT, () => {
  console.log(`Consultation portal listening on http://localhost:${config.PORT}`);
});

for (const signal of ["SIGINT", "SIGTERM"]) {
  process.on(signal, () => server.close(() => process.exit(0)));
}
