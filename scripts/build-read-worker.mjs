// Bundles the read worker (app/platform/read-worker.server.ts) into
// build/read-worker.js, beside the server build that starts it. The Remix
// classic compiler has one server entry (build/index.js) and a worker thread
// needs a file of its own; esbuild is the bundler Remix itself runs (a
// dependency of @remix-run/dev), given the same ~ and ~db paths (tsconfig).
// Packages stay external, as in the server build: loaded from node_modules.
import path from "node:path";
import { fileURLToPath } from "node:url";
import { build } from "esbuild";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
await build({
  absWorkingDir: root,
  entryPoints: ["app/platform/read-worker.server.ts"],
  outfile: "build/read-worker.js",
  bundle: true,
  platform: "node",
  format: "esm",
  target: "node20",
  // Everything from node_modules stays external; the ~ and ~db paths are the app's own.
  plugins: [
    {
      name: "external-packages",
      setup(b) {
        b.onResolve({ filter: /^[^.~/]/ }, (args) => ({ path: args.path, external: true }));
      },
    },
  ],
  tsconfig: "tsconfig.json",
  logLevel: "warning",
});
