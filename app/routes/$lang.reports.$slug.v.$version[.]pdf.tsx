// GET /{lang}/reports/{slug}/v/{version}.pdf: a published version of the report
// as PDF. Public; a resource route (loader only), so the browser downloads it.
import type { LoaderFunctionArgs } from "@remix-run/node";
import { reportDownload } from "~/models/report/outputs/downloads.server";

export function loader({ request, params }: LoaderFunctionArgs) {
  return reportDownload(request, params, "pdf");
}
