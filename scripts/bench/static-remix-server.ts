// The Remix baseline: the portal's own production build and entry.server,
// behind the same Express request handler as server.mjs, but with its route
// tree replaced by one route that renders a static line. It measures what
// Remix and React streaming cost per request before any loader, layout or
// database, without adding a route to the app.
// Usage (cwd = the repository): tsx static-remix-server.ts <port>
import path from "node:path";
import { createRequestHandler } from "@remix-run/express";
import express from "express";
import { createElement } from "react";

const port = Number(process.argv[2]);
process.env.NODE_ENV = "production";
const real = await import(path.resolve("build/index.js"));
const rootAssets = real.assets.routes.root;
const build = {
  ...real,
  routes: {
    root: {
      id: "root",
      path: "",
      module: { default: () => createElement("p", null, "A static line.") },
    },
  },
  assets: {
    ...real.assets,
    routes: {
      root: {
        ...rootAssets,
        hasLoader: false,
        hasAction: false,
        hasClientLoader: false,
        hasClientAction: false,
        hasErrorBoundary: false,
        imports: [],
        css: [],
      },
    },
  },
};
const app = express();
app.disable("x-powered-by");
app.all("*", createRequestHandler({ build, mode: "production" }));
const server = app.listen(port, "127.0.0.1", () => console.log(`static Remix route listening on ${port}`));
process.on("SIGTERM", () => server.close(() => process.exit(0)));
