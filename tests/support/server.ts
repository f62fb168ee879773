// Starts the built portal (server.mjs + build/) on a free port with a fresh
// database, as `npm start` would run it, and stops it afterwards.
import { spawn, type ChildProcess } from "node:child_process";
import fs from "node:fs";
import net from "node:net";
import os from "node:os";
import path from "node:path";

const root = path.resolve(__dirname, "..", "..");

export interface RunningServer {
  url: string;
  databaseFile: string;
  stop(): Promise<void>;
}

export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = net.createServer();
    probe.unref();
    probe.on("error", reject);
    probe.listen(0, "127.0.0.1", () => {
      const address = probe.address();
      probe.close(() => (typeof address === "object" && address ? resolve(address.port) : reject(new Error("no port"))));
    });
  });
}

export async function startServer(extraEnv: Record<string, string> = {}): Promise<RunningServer> {
  if (!fs.existsSync(path.join(root, "build", "index.js"))) {
    throw new Error("The portal is not built: run `npm run build` first (npm test does it).");
  }
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "portal-browser-"));
  const databaseFile = path.join(dir, "portal.db");
  const port = await freePort();
  const child: ChildProcess = spawn(process.execPath, ["server.mjs"], {
    cwd: root,
    env: {
      ...process.env,
      NODE_ENV: "production",
      PORT: String(port),
      DATABASE_URL: databaseFile,
      // Production refuses to start without a strong secret, its public
      // address, a proxy setting and somewhere for email (app/platform/env.server.ts).
      // Without a Resend key the tests read email in the local mailbox, by name.
      SESSION_SECRET: "test-session-secret-0123456789abcdefghijklmnopqrstuvwxyz",
      PUBLIC_URL: `http://127.0.0.1:${port}`,
      TRUST_PROXY: "none",
      EMAIL_DELIVERY: extraEnv.RESEND_API_KEY ? "resend" : "local-mailbox",
      ...extraEnv,
    },
    stdio: ["ignore", "pipe", "pipe"],
  });
  let output = "";
  child.stdout?.on("data", (chunk) => (output += chunk));
  child.stderr?.on("data", (chunk) => (output += chunk));

  const url = `http://127.0.0.1:${port}`;
  const deadline = Date.now() + 30_000;
  for (;;) {
    if (child.exitCode !== null) throw new Error(`The portal exited before it was ready:\n${output}`);
    try {
      const response = await fetch(`${url}/healthz`);
      if (response.ok) break;
    } catch {
      // not listening yet
    }
    if (Date.now() > deadline) {
      child.kill("SIGKILL");
      throw new Error(`The portal did not answer /healthz within 30 s:\n${output}`);
    }
    await new Promise((resolve) => setTimeout(resolve, 100));
  }

  return {
    url,
    databaseFile,
    async stop() {
      if (child.exitCode === null) {
        const exited = new Promise((resolve) => child.once("exit", resolve));
        child.kill("SIGTERM");
        await exited;
      }
      fs.rmSync(dir, { recursive: true, force: true });
    },
  };
}
