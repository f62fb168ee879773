// The JavaScript a page makes the browser load: every /build/*.js named in
// its HTML (modulepreload links, script src, and the imports of the inline
// module script Remix writes), gzipped one by one from public/build.
import fs from "node:fs";
import path from "node:path";
import { gzipSync } from "node:zlib";

export function scriptsOf(html: string): string[] {
  const found = new Set<string>();
  const patterns = [
    /<link[^>]+rel="modulepreload"[^>]*href="([^"]+\.js)"/g,
    /<link[^>]+href="([^"]+\.js)"[^>]*rel="modulepreload"/g,
    /<script[^>]+src="([^"]+\.js)"/g,
    /import\s*(?:[\w*{}\s,]+from\s*)?["']([^"']+\.js)["']/g,
  ];
  for (const pattern of patterns) for (const match of html.matchAll(pattern)) found.add(match[1]!);
  return [...found].filter((src) => src.startsWith("/build/"));
}

export interface JsWeight {
  files: number;
  rawBytes: number;
  gzipBytes: number;
  missing: string[];
}

export function jsWeight(html: string, publicDir = "public"): JsWeight {
  let rawBytes = 0;
  let gzipBytes = 0;
  const missing: string[] = [];
  const scripts = scriptsOf(html);
  for (const src of scripts) {
    const file = path.join(publicDir, src);
    if (!fs.existsSync(file)) {
      missing.push(src);
      continue;
    }
    const bytes = fs.readFileSync(file);
    rawBytes += bytes.length;
    gzipBytes += gzipSync(bytes).length;
  }
  return { files: scripts.length - missing.length, rawBytes, gzipBytes, missing };
}
