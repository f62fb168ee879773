// Serving a published version of the report as a file: what the four
// download routes share. Versions never change once published, but they can
// be unpublished, so every request re-reads the version's row (cheap) before
// answering from the cache or the browser's copy: a withdrawn version answers
// 410 at once, and caches keep a file for five minutes at most.
import type { Params } from "@remix-run/react";
import { etagMatches } from "~/platform/etag";
import { t } from "~/i18n";
import type { Lang } from "~/i18n/lang";
import { notFound, requireLang, requireNumber } from "~/web/params";
import { reportVersion } from "../versions.server";
import type { ReportDocument } from "../types";
import { reportFileName } from "./content";
import { reportCsv } from "./csv.server";
import { reportDocx } from "./docx.server";
import { reportJson } from "./json.server";
import { reportPdf } from "./pdf.server";

export type ReportFormat = "pdf" | "docx" | "csv" | "json";

const FORMATS: Record<ReportFormat, { type: string; build: (doc: ReportDocument, lang: Lang) => Promise<Buffer | string> | string }> = {
  pdf: { type: "application/pdf", build: reportPdf },
  docx: { type: "application/vnd.openxmlformats-officedocument.wordprocessingml.document", build: reportDocx },
  csv: { type: "text/csv; charset=utf-8", build: reportCsv },
  json: { type: "application/json; charset=utf-8", build: (doc) => reportJson(doc) },
};

/**
 * Generated files by version id, language and format, newest use last. A PDF
 * takes most of a second to draw and a version never changes, so it is drawn
 * once per process; 16 entries (a few MB) cover the current version in both
 * languages and all formats, with room for older ones. The promise is kept,
 * so two requests at once draw it once.
 */
const CACHE_SIZE = 16;
const cache = new Map<string, Promise<Buffer | string>>();

function cached(key: string, build: () => Promise<Buffer | string> | string): Promise<Buffer | string> {
  const hit = cache.get(key);
  if (hit) {
    cache.delete(key);
    cache.set(key, hit);
    return hit;
  }
  const made = Promise.resolve().then(build);
  cache.set(key, made);
  // A failed build is not kept: the next request tries again.
  made.catch(() => cache.delete(key));
  while (cache.size > CACHE_SIZE) cache.delete(cache.keys().next().value!);
  return made;
}

/** For tests: forget every generated file. */
export function clearDownloadCache(): void {
  cache.clear();
}

/** The response of GET /{lang}/reports/{slug}/v/{version}.{format}. */
export async function reportDownload(request: Request, params: Params, format: ReportFormat): Promise<Response> {
  const lang = requireLang(params);
  const version = requireNumber(params, "version");
  const slug = params.slug ?? "";
  const found = reportVersion(slug, version);
  if (!found) throw notFound();

  if (found.unpublishedAt) {
    const s = t(lang).downloads;
    const latest =
      found.latestVersion === null
        ? ""
        : `\n${s.withdrawnLatest(new URL(`/${lang}/reports/${slug}/v/${found.latestVersion}`, request.url).href)}`;
    return new Response(`${s.withdrawn}${latest}\n`, {
      status: 410,
      headers: { "Content-Type": "text/plain; charset=utf-8", "Cache-Control": "no-store" },
    });
  }

  const etag = `"report-${found.id}-${lang}-${format}"`;
  const headers = {
    ETag: etag,
    // Not immutable: an unpublished version must disappear from caches soon.
    "Cache-Control": "public, max-age=300",
  };
  if (etagMatches(request.headers.get("If-None-Match"), etag)) return new Response(null, { status: 304, headers });

  const { type, build } = FORMATS[format];
  const body = await cached(`${found.id}-${lang}-${format}`, () => build(found.document, lang));
  // A Buffer's type allows a shared memory buffer, which a Response cannot send: hand it a plain copy.
  return new Response(typeof body === "string" ? body : new Uint8Array(body), {
    headers: {
      ...headers,
      "Content-Type": type,
      "Content-Disposition": `attachment; filename="${reportFileName(found.document, lang, format)}"`,
      "X-Content-Type-Options": "nosniff",
    },
  });
}
