// GET /en/admin/answers.csv: every submitted answer with its moderation and
// themes, for staff analysis. A resource route (loader only): the browser
// downloads the file instead of rendering a page.
import type { LoaderFunctionArgs } from "@remix-run/node";
import { exportProblemsEn, exportProblemsFr } from "~/i18n/admin-export";
import { exportFileName, parseExportFilter } from "~/models/moderate/answers-export.server";
import { requireUser } from "~/models/accounts/auth.server";
import { acceptsGzip } from "~/platform/accept-encoding";
import { readStream } from "~/platform/read-pool.server";
import { requireLang } from "~/web/params";

export async function loader({ request, params }: LoaderFunctionArgs) {
  const lang = requireLang(params);
  await requireUser(request, { lang, role: "moderator" });
  const filter = parseExportFilter(new URL(request.url).searchParams);
  // A mistyped filter must not quietly hand over every consultation instead.
  if (!filter) {
    throw new Response((lang === "fr" ? exportProblemsFr : exportProblemsEn).consultationFilter, {
      status: 400,
      headers: { "Content-Type": "text/plain; charset=utf-8", "Content-Language": lang, "Cache-Control": "no-store" },
    });
  }
  // Read in a worker thread, one chunk each time the download wants more;
  // gzipped there too when the browser takes it (1.30 GB to 162 MB at a
  // million answers: gzip-stream.server.ts).
  const gzip = acceptsGzip(request.headers.get("accept-encoding"));
  return new Response(readStream("answersCsv", lang, filter.cluster, gzip), {
    headers: {
      "Content-Type": "text/csv; charset=utf-8",
      ...(gzip ? { "Content-Encoding": "gzip" } : {}),
      Vary: "Accept-Encoding",
      "Content-Disposition": `attachment; filename="${exportFileName(filter.cluster)}"`,
      // Unpublished answers and staff decisions: never kept by a browser or proxy.
      "Cache-Control": "no-store",
    },
  });
}
