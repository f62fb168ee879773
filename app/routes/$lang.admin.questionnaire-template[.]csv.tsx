// The CSV template staff fill in: the columns and one example row (docs/questionnaire-format.md).
import type { LoaderFunctionArgs } from "@remix-run/node";
import { requireUser } from "~/models/accounts/auth.server";
import { templateCsv } from "~/models/questionnaire/format";
import { requireLang } from "~/web/params";

export async function loader({ request, params }: LoaderFunctionArgs) {
  const lang = requireLang(params);
  await requireUser(request, { lang, role: "moderator" });
  return new Response(templateCsv(), {
    headers: {
      "Content-Type": "text/csv; charset=utf-8",
      "Content-Disposition": 'attachment; filename="questionnaire-template.csv"',
      "Cache-Control": "private, no-store",
    },
  });
}
